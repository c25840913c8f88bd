import './console.css';
import { consoleMessages } from '../i18n/console';
import { translator } from '../i18n/language';
import { initialLanguage, rememberLanguage } from '../i18n/preference';
import { ConsoleApp } from './app';
import { StaffAuth } from './auth';
import { StaffApi } from './staff-api';

const root = document.querySelector<HTMLElement>('#console')!;
const language = initialLanguage();
const t = translator(consoleMessages, language);
rememberLanguage(language);
document.title = t('title');
root.textContent = t('signingIn');

const auth = new StaffAuth();
auth.login().then(
  () => new ConsoleApp(root, auth, new StaffApi(() => auth.token()), language).start(),
  () => {
    root.textContent = t('loginFailed');
  },
);
