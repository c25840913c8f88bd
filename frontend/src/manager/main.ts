import './manager.css';
import { managerMessages } from '../i18n/manager';
import { translator } from '../i18n/language';
import { initialLanguage, rememberLanguage } from '../i18n/preference';
import { StaffAuth } from '../console/auth';
import { h } from '../shared/dom';
import { ManagerApp } from './app';
import { canManage } from './kpi';
import { ManagerApi } from './manager-api';

const root = document.querySelector<HTMLElement>('#manager')!;
const language = initialLanguage();
const t = translator(managerMessages, language);
rememberLanguage(language);
document.title = t('title');
root.textContent = t('signingIn');

const auth = new StaffAuth();
auth.login().then(
  () => {
    if (!canManage(auth.roles())) {
      root.replaceChildren(h('p', { class: 'fatal', role: 'alert', 'data-testid': 'not-manager' }, t('notManager')),
        h('p', {}, h('a', { href: '/console/' }, t('staffConsoleLink'))));
      return;
    }
    void new ManagerApp(root, auth, new ManagerApi(() => auth.token()), language).start();
  },
  () => {
    root.textContent = t('loginFailed');
  },
);
