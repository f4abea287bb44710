import { useCallback, useEffect, useState } from 'react';
import { getNotifications, markAllNotificationsRead, markNotificationRead, type AppNotification } from '../api/session.ts';
import { useDisclosure } from '../hooks/use-disclosure.ts';
import { useI18n } from '../i18n/index.tsx';
import { AppLink } from './app-link.tsx';

/** How often the unread count is read again while a page stays open, in milliseconds. */
const POLL_MS = 60_000;

/**
 * A bell with the number of unread notifications (`GET /notifications`, read again every minute and on opening);
 * it opens a panel listing them, newest first. Following a notification's link, or "Mark as read", marks it read
 * (`POST /notifications/{id}/read`).
 */
export function NotificationsBell() {
  const { t, formatNumber } = useI18n();
  const panel = useDisclosure();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [unread, setUnread] = useState(0);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const answer = await getNotifications(signal ? { signal } : {});
      setItems(answer.items);
      setUnread(answer.unread);
      setFailed(false);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setFailed(true);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    const timer = setInterval(() => void load(controller.signal), POLL_MS);
    return () => { controller.abort(); clearInterval(timer); };
  }, [load]);

  const markRead = async (id: number) => {
    const target = items.find((n) => n.id === id);
    if (!target || target.readAt) return;
    setItems((all) => all.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)));
    setUnread((n) => Math.max(0, n - 1));
    try {
      await markNotificationRead(id);
    } catch {
      void load();
    }
  };

  const markAll = async () => {
    setItems((all) => all.map((n) => (n.readAt ? n : { ...n, readAt: new Date().toISOString() })));
    setUnread(0);
    try {
      await markAllNotificationsRead();
    } catch {
      void load();
    }
  };

  const toggle = () => {
    if (!panel.open) void load();
    panel.setOpen(!panel.open);
  };

  return (
    <div className="notifications" ref={panel.rootRef} onKeyDown={panel.onKeyDown}>
      <button ref={panel.buttonRef} type="button" className="notifications__button" aria-expanded={panel.open}
        aria-controls={panel.panelId} onClick={toggle}>
        <BellIcon />
        <span className="visually-hidden">{t('notifications.title')}{unread > 0 ? `, ${t('notifications.unread', { n: formatNumber(unread) })}` : ''}</span>
        {unread > 0 && <span className="notifications__count" aria-hidden="true">{formatNumber(unread)}</span>}
      </button>
      <div id={panel.panelId} className="notifications__panel" hidden={!panel.open}>
        <div className="notifications__head">
          <h2 className="notifications__heading">{t('notifications.title')}</h2>
          {unread > 0 && <button type="button" className="notifications__link" onClick={() => void markAll()}>{t('notifications.markAllRead')}</button>}
        </div>
        {failed && <p role="alert" className="notifications__error">{t('notifications.failed')}</p>}
        {!failed && items.length === 0 && <p className="muted">{t('notifications.empty')}</p>}
        {items.length > 0 && (
          <ul className="notifications__list">
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} onRead={() => void markRead(n.id)} onFollow={() => { void markRead(n.id); panel.setOpen(false); }} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function NotificationItem({ notification, onRead, onFollow }: { notification: AppNotification; onRead(): void; onFollow(): void }) {
  const { t, lang, formatCode } = useI18n();
  const { payload } = notification;
  const values = {
    indicator: typeof payload.indicator === 'string' ? formatCode(payload.indicator) : '',
    by: typeof payload.by === 'string' && payload.by ? payload.by : t('notifications.someone'),
  };
  const key = notification.kind.replaceAll('.', '_');
  const text = t(`notifications.kinds.${key}`, { ...values, defaultValue: t('notifications.kinds.other', { kind: notification.kind }) });
  const comment = typeof payload.comment === 'string' && payload.comment.trim() ? payload.comment : null;
  const when = new Date(notification.createdAt);
  const unread = !notification.readAt;
  return (
    <li className={unread ? 'notifications__item notifications__item--unread' : 'notifications__item'}>
      {unread && <span className="visually-hidden">{t('notifications.new')}: </span>}
      {notification.link ? <AppLink to={notification.link} onClick={onFollow}>{text}</AppLink> : <span>{text}</span>}
      {comment && <q className="notifications__comment">{comment}</q>}
      <span className="notifications__meta">
        <time dateTime={notification.createdAt}>{Number.isNaN(when.getTime()) ? notification.createdAt
          : when.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })}</time>
        {unread && <button type="button" className="notifications__link" onClick={onRead}>{t('notifications.markRead')}</button>}
      </span>
    </li>
  );
}

function BellIcon() {
  return (
    <svg className="notifications__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2a6 6 0 0 0-6 6v3.6l-1.7 3.4A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 21a3 3 0 0 0 2.8-2h-5.6A3 3 0 0 0 12 23Z" fill="currentColor" />
    </svg>
  );
}
