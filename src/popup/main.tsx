import { render } from 'preact';
import { Popup } from './Popup.tsx';
import { CARD_CSS } from '../ui/card-styles.ts';
import './popup.css';

const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<Popup />, root);
