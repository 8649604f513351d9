import { render } from 'preact';
import { Popup } from './Popup.tsx';
import { CARD_CSS } from '../ui/card-styles.ts';
import { t } from '../shared/i18n.ts';
import './popup.css';

document.documentElement.lang = t('htmlLang');
document.title = t('popupTitle');
const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<Popup />, root);
