// What an error says (client/src/components/States.tsx): by the server's code, in the page's language.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api.ts';
import { errorHint, errorTitle, serverDetail } from '../../client/src/components/States.tsx';

const timeout = new ApiError('查询失败', '查询超时（超过 15 秒），请缩小查询范围 / query exceeded the 15 s execution deadline', 'TIMEOUT');

describe('error states', () => {
  it('a TIMEOUT says what happened, that the rest of the page works, how to narrow and that a retry may pass', () => {
    expect(errorTitle(timeout)).toBe('查询超时');
    const hint = errorHint(timeout, undefined, '请选择单条产业链。');
    expect(hint).toContain('服务器未能在 15 秒内算完这次查询');
    expect(hint).toContain('页面其他部分仍可使用');
    expect(hint).toContain('请选择单条产业链。');
    expect(hint).toContain('重试');
    // Without the seconds in the server's message: the same advice.
    expect(errorHint(new ApiError('查询失败', undefined, 'TIMEOUT'))).toContain('服务器未能在时限内算完这次查询');
  });
  it('other codes and errors keep their titles and hints', () => {
    expect(errorTitle(new ApiError('查询失败', 'x', 'BUSY'))).toBe('服务器正忙');
    expect(errorTitle(new ApiError('查询失败', 'x', 'RESPONSE_TOO_LARGE'))).toBe('结果过大');
    expect(errorTitle(new ApiError('无法连接服务器，请检查服务是否已启动'))).toBe('无法连接服务器，请检查服务是否已启动');
    expect(errorHint(new Error('boom'))).toBe('请确认服务已启动后重试。');
    expect(errorHint(new Error('boom'), '换一个。')).toBe('换一个。');
  });
  it('the server’s 「中文 / English」 messages show in the page’s language', () => {
    expect(serverDetail(timeout.detail!, 'zh')).toBe('查询超时（超过 15 秒），请缩小查询范围');
    expect(serverDetail(timeout.detail!, 'en')).toBe('query exceeded the 15 s execution deadline');
    expect(serverDetail('a / b; c', 'zh')).toBe('a；c');
    expect(serverDetail('plain message', 'en')).toBe('plain message');
  });
});
