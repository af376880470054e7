// A two-character dictionary noun opened by a trigger's character (以利/ns in 以利华益集团为龙头) does not keep the trigger
// inside the name: found when blind11 (hidden all session) was scored at the end — nodes11's rule for 将军庙 (a noun
// of three characters, 在将军庙产业园) had made 以利华益集团 a firm (blind11 r01: 3 wrong edges, 3 missed).
import { describe, expect, it } from 'vitest';
import { names, runDoc } from '../fixtures/class-doc.ts';

describe('blind11 r01: 以 + a firm whose first two characters make a dictionary word', () => {
  it('cuts after 以 (利华益集团), and still keeps a three-character noun whole after 在 (将军庙产业园)', async () => {
    const x = await runDoc('某市高端石化产业发展规划\n\n一、重点任务\n\n以利华益集团为龙头，延伸苯酚丙酮、双酚A产业链。支持甲乙化工在将军庙产业园建设新材料项目。\n');
    expect(names(x, 'Enterprise')).toContain('利华益集团');
    expect(names(x, 'Enterprise')).not.toContain('以利华益集团');
    expect(names(x, 'Park')).toContain('将军庙产业园');
  });
});
