import { render } from 'preact';
import { t } from '../shared/i18n.ts';

const root = document.getElementById('app');
if (root) render(<main><h1>{t('optionsTitle')}</h1></main>, root);
