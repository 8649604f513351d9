/** About: version, dataset size and date, and every source with its licence (from the build's sources.json). */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';

interface SourceInfo { name: string; url?: string; licence: string; notice?: string; records?: number }
interface SourcesFile { dataset?: { entities?: number; asOf?: string; version?: string }; sources: SourceInfo[] }

export function About({ version }: { version: string }) {
  const [info, setInfo] = useState<SourcesFile | null>(null);
  useEffect(() => {
    void fetch(browser.runtime.getURL('data/sources.json')).then((r) => r.json() as Promise<SourcesFile>).then(setInfo, () => setInfo({ sources: [] }));
  }, []);
  const entities = info?.dataset?.entities?.toLocaleString('en');
  const asOf = info?.dataset?.asOf;
  const dataset = entities ? (asOf ? t('aboutDataset', entities, asOf) : t('aboutDatasetUndated', entities)) : '';
  return (
    <section aria-labelledby="about">
      <h2 id="about">{t('aboutHeading')}</h2>
      <p>{t('aboutVersion', version)} {dataset} {t('aboutPrivate')} <a href={browser.runtime.getURL('PRIVACY.md')} target="_blank" rel="noopener">{t('privacyLink')}</a></p>
      <h3>{t('sourcesHeading')}</h3>
      <ul class="sources">
        {(info?.sources ?? []).map((s) => (
          <li key={s.name}>
            <strong>{s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}</strong> — {s.licence}{s.records ? `, ${t('sourceRecords', s.records.toLocaleString('en'))}` : ''}
            {s.notice && <details><summary>{t('licenceNotice')}</summary><pre>{s.notice}</pre></details>}
          </li>
        ))}
      </ul>
    </section>
  );
}
