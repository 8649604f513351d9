import { render } from 'preact';
import { Options } from './Options.tsx';
import { t } from '../shared/i18n.ts';
import './options.css';

document.documentElement.lang = t('htmlLang');
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
