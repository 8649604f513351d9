/** About: version, dataset size and date, and every source with its licence (from the build's sources.json). */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

interface SourceInfo { name: string; url?: string; licence: string; notice?: string; records?: number }
interface SourcesFile { dataset?: { entities?: number; asOf?: string; version?: string }; sources: SourceInfo[] }

export function About({ version }: { version: string }) {
  const [info, setInfo] = useState<SourcesFile | null>(null);
  useEffect(() => {
    void fetch(browser.runtime.getURL('data/sources.json')).then((r) => r.json() as Promise<SourcesFile>).then(setInfo, () => setInfo({ sources: [] }));
  }, []);
  return (
    <section aria-labelledby="about">
      <h2 id="about">About</h2>
      <p>Backstory {version}. {info?.dataset?.entities ? `Dataset: ${info.dataset.entities.toLocaleString('en')} entities${info.dataset.asOf ? `, as of ${info.dataset.asOf}` : ''}.` : ''} Everything runs in your browser; no page text leaves it. <a href={browser.runtime.getURL('PRIVACY.md')} target="_blank" rel="noopener">Privacy</a></p>
      <h3>Sources and licences</h3>
      <ul class="sources">
        {(info?.sources ?? []).map((s) => (
          <li key={s.name}>
            <strong>{s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}</strong> — {s.licence}{s.records ? `, ${s.records.toLocaleString('en')} records` : ''}
            {s.notice && <details><summary>Licence notice</summary><pre>{s.notice}</pre></details>}
          </li>
        ))}
      </ul>
    </section>
  );
}
