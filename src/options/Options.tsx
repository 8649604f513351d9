/**
 * The options page: what to mark and how, where, and the reader's own packs. Every control saves
 * at once to sync storage; open tabs apply the change without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { KINDS, type Kind } from '../data/kinds.ts';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { Packs } from './Packs.tsx';
import { About } from './About.tsx';

const KIND_LABEL: Record<Kind, MessageKey> = { person: 'kindPerson', place: 'kindPlace', organization: 'kindOrganization', event: 'kindEvent' };
const STYLES: readonly (readonly [Settings['style'], MessageKey])[] = [['underline', 'styleUnderline'], ['background', 'styleBackground'], ['off', 'styleOff']];

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [sitesText, setSitesText] = useState('');
  useEffect(() => {
    void loadSettings().then((v) => { setS(v); setSitesText(v.sites.join('\n')); });
    return onSettingsChanged((v) => setS(v));
  }, []);
  if (!s) return null;
  const save = (patch: Partial<Settings>) => { const next = { ...s, ...patch }; setS(next); void saveSettings(next); };
  const toggleKind = (k: Kind, on: boolean) => save({ kinds: on ? KINDS.filter((x) => x === k || s.kinds.includes(x)) : s.kinds.filter((x) => x !== k) });

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="marking">
        <h2 id="marking">{t('markingHeading')}</h2>
        <fieldset>
          <legend>{t('kindsLegend')}</legend>
          {KINDS.map((k) => (
            <label key={k} class="check"><input type="checkbox" name="kind" value={k} checked={s.kinds.includes(k)} onChange={(e) => toggleKind(k, (e.target as HTMLInputElement).checked)} /> {t(KIND_LABEL[k])}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('styleLegend')}</legend>
          {STYLES.map(([v, label]) => (
            <label key={v} class="check"><input type="radio" name="style" value={v} checked={s.style === v} onChange={() => save({ style: v })} /> {t(label)}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('mentionsLegend')}</legend>
          <label class="check"><input type="radio" name="mentions" value="every" checked={s.mentions === 'every'} onChange={() => save({ mentions: 'every' })} /> {t('mentionsEvery')}</label>
          <label class="check"><input type="radio" name="mentions" value="first" checked={s.mentions === 'first'} onChange={() => save({ mentions: 'first' })} /> {t('mentionsFirst')}</label>
        </fieldset>
        <fieldset>
          <legend>{t('scopeLegend')}</legend>
          <label class="check"><input type="radio" name="scope" value="article" checked={s.scope === 'article'} onChange={() => save({ scope: 'article' })} /> {t('scopeArticle')}</label>
          <label class="check"><input type="radio" name="scope" value="page" checked={s.scope === 'page'} onChange={() => save({ scope: 'page' })} /> {t('scopePage')}</label>
        </fieldset>
        <label class="row">{t('hoverDelay')}
          <input type="range" name="hoverDelay" min="100" max="1500" step="50" value={s.hoverDelayMs} onInput={(e) => save({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
          <output>{t('hoverDelayValue', s.hoverDelayMs)}</output>
        </label>
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">{t('sitesHeading')}</h2>
        <fieldset>
          <legend>{t('siteModeLegend')}</legend>
          <label class="check"><input type="radio" name="siteMode" value="exclude" checked={s.siteMode === 'exclude'} onChange={() => save({ siteMode: 'exclude' })} /> {t('siteModeExclude')}</label>
          <label class="check"><input type="radio" name="siteMode" value="include" checked={s.siteMode === 'include'} onChange={() => save({ siteMode: 'include' })} /> {t('siteModeInclude')}</label>
        </fieldset>
        <label class="block">{t('sitesList')}
          <textarea name="sites" rows={5} value={sitesText} onInput={(e) => setSitesText((e.target as HTMLTextAreaElement).value)}
            onBlur={() => save({ sites: [...new Set(sitesText.split(/\s+/).map((x) => x.trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '').toLowerCase()).filter(Boolean))] })} />
        </label>
        <button type="button" onClick={() => { setSitesText(''); void saveSettings(DEFAULT_SETTINGS); }}>{t('restoreDefaults')}</button>
      </section>
      <Packs />
      <About version={browser.runtime.getManifest().version} />
    </main>
  );
}
