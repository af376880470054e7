// Roles and the signed-in principal: what every layer that checks access (http/, graphql/) shares.
//   viewer  reads (and only that; reads are open to anonymous visitors unless KG_READS=signed-in)
//   editor  curates and uploads documents
//   admin   removes documents and manages users
import { KgError } from '../errors.ts';

export const USER_ROLES = ['viewer', 'editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const RANK: Readonly<Record<UserRole, number>> = { viewer: 1, editor: 2, admin: 3 };

export function isUserRole(x: unknown): x is UserRole {
  return typeof x === 'string' && (USER_ROLES as readonly string[]).includes(x);
}

/** Who a request acts for: a user signed in with a session cookie, or an API token of a user. */
export interface Principal {
  name: string;
  role: UserRole;
  via: 'session' | 'token';
}

/** Whether `p` holds at least role `need` (admin ⊃ editor ⊃ viewer). */
export function hasRole(p: Principal | null | undefined, need: UserRole): boolean {
  return !!p && RANK[p.role] >= RANK[need];
}

const ROLE_ZH: Readonly<Record<UserRole, string>> = { viewer: '查看者', editor: '编辑者', admin: '管理员' };

/**
 * The principal, when it holds role `need`. Anonymous → UNAUTHENTICATED (401: sign in);
 * signed in without the role → FORBIDDEN (403). `action` names what was refused: [中文, English].
 */
export function requireRole(p: Principal | null | undefined, need: UserRole, action: readonly [string, string]): Principal {
  const [zh, en] = action;
  if (!p) throw new KgError('UNAUTHENTICATED', `请先登录：${zh}需要${ROLE_ZH[need]}权限 / sign in first: ${en} needs the ${need} role`);
  if (!hasRole(p, need)) {
    throw new KgError('FORBIDDEN', `权限不足：${zh}需要${ROLE_ZH[need]}权限，${p.name} 是${ROLE_ZH[p.role]} / forbidden: ${en} needs the ${need} role, ${p.name} is ${p.role}`);
  }
  return p;
}
