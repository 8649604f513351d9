/** Import, list and remove the reader's own packs. A refused pack leaves the stored data untouched. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { decodePack, MAX_PACK_BYTES, MAX_PACK_RECORDS, parsePack } from '../data/pack-import.ts';
import { listPacks, putPack, removePack, type StoredPack } from '../data/pack-store.ts';

type Listed = Omit<StoredPack, 'entities'>;

export function Packs() {
  const [packs, setPacks] = useState<Listed[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reload = () => listPacks().then(setPacks);
  useEffect(() => { void reload(); }, []);

  const importFile = async (file: File) => {
    setMessage(null);
    if (file.size > MAX_PACK_BYTES) return setMessage({ ok: false, text: t('packTooBig', file.name, (file.size / 1048576).toFixed(1), MAX_PACK_BYTES / 1048576) });
    const decoded = decodePack(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setMessage({ ok: false, text: t('packUnreadable', file.name, decoded.error) });
    const result = parsePack(decoded.text);
    if (!result.ok) return setMessage({ ok: false, text: t('packRefused', file.name, result.error) });
    await putPack({ name: file.name, bytes: file.size, count: result.entities.length, addedAt: Date.now(), entities: result.entities });
    await browser.runtime.sendMessage({ type: 'packs-changed' });
    setMessage({ ok: true, text: t('packImported', file.name, result.entities.length.toLocaleString('en')) });
    await reload();
  };

  return (
    <section aria-labelledby="packs">
      <h2 id="packs">{t('packsHeading')}</h2>
      <p class="hint">{t('packsHint', MAX_PACK_BYTES / 1048576, MAX_PACK_RECORDS.toLocaleString('en'))}</p>
      <label class="block">{t('packImport')}
        <input type="file" name="pack" accept=".json,.jsonl,application/json" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void importFile(f); (e.target as HTMLInputElement).value = ''; }} />
      </label>
      {message && <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="pack-message">{message.text}</p>}
      {packs.length > 0 && (
        <table class="packs">
          <thead><tr><th>{t('packColumnName')}</th><th>{t('packColumnEntities')}</th><th>{t('packColumnSize')}</th><th /></tr></thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td><td>{p.count.toLocaleString('en')}</td><td>{t('packSizeValue', (p.bytes / 1024).toFixed(1))}</td>
                <td><button type="button" aria-label={t('packRemoveLabel', p.name)} onClick={async () => { await removePack(p.name); await browser.runtime.sendMessage({ type: 'packs-changed' }); await reload(); }}>{t('packRemove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
