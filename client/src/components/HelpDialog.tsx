// 「?」: keyboard shortcuts, in a native modal <dialog> (focus trap and Esc for free).
import { useEffect, useRef } from 'react';
import { t } from '../i18n.ts';

export const SHORTCUTS: [keys: string, what: string][] = [
  ['/', '聚焦搜索框'],
  ['?', '显示快捷键'],
  ['Alt+1 … Alt+7', '切换视图'],
  ['↑ ↓ ← → / Enter', '园区矩阵：移动 / 打开'],
  ['f / l', '适应画布 / 重新布局'],
  ['+ / −', '放大 / 缩小'],
  ['e', '展开所选节点'],
  ['Delete', '移除所选节点'],
  ['[ / ]', '选择上一个 / 下一个节点'],
  ['Shift+F10', '节点菜单'],
  ['Ctrl+Z / Ctrl+Shift+Z', '撤销 / 重做'],
  ['审核：A / R / E', '确认 / 拒绝 / 修改'],
  ['审核：J ↓ / K ↑', '下一条 / 上一条'],
  ['审核：U / Ctrl+Z', '撤销上一次审核'],
  ['审核：N', '填写理由'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose} onCancel={onClose}>
      <h2 id="help-title">{t('快捷键')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([k, w]) => (
            <tr key={k}>
              <td>
                <kbd>{k}</kbd>
              </td>
              <td>{t(w)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('单击节点或关系查看原文依据，双击节点展开相邻节点，右键打开菜单。')}</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('关闭')}
        </button>
      </form>
    </dialog>
  );
}
