// 登录 / 退出 in the top bar, and the sign-in dialog (a native modal <dialog>). Reads are open to
// everyone by default; uploading needs an editor, removing documents an admin.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, login, logout, ROLE_ZH, session, type SessionUser } from '../api.ts';
import { t } from '../i18n.ts';

export function SignIn({ onChange }: { onChange?(user: SessionUser | null): void }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    session()
      .then((s) => {
        setUser(s.user);
        if (!s.readsOpen && !s.user) setOpen(true);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const u = await login(String(f.get('name') ?? ''), String(f.get('password') ?? ''));
      setUser(u);
      onChange?.(u);
      setOpen(false);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  const signOut = async () => {
    await logout().catch(() => undefined);
    setUser(null);
    onChange?.(null);
  };

  return (
    <>
      {user ? (
        <span className="signed-in">
          <span className="small" title={t('已登录')}>
            {user.name}（{t(ROLE_ZH[user.role])}）
          </span>
          <button type="button" className="topbar-btn" onClick={() => void signOut()}>
            {t('退出')}
          </button>
        </span>
      ) : (
        <button type="button" className="topbar-btn" onClick={() => setOpen(true)}>
          {t('登录')}
        </button>
      )}
      <dialog ref={ref} className="help-dialog signin-dialog" aria-labelledby="signin-title" onClose={() => setOpen(false)} onCancel={() => setOpen(false)}>
        <h2 id="signin-title">{t('登录')}</h2>
        <form onSubmit={(e) => void submit(e)}>
          <label>
            {t('用户名')}
            <input name="name" autoComplete="username" required autoFocus />
          </label>
          <label>
            {t('密码')}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p className="small err" role="alert">
              {error}
            </p>
          )}
          <p className="muted small">{t('首次启动时，管理员密码打印在服务器的输出中；其他账号用 npm run kg -- user add 创建。')}</p>
          <div className="dialog-actions">
            <button type="submit" disabled={pending}>
              {pending ? t('正在登录…') : t('登录')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('取消')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
