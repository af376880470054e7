// Park classes of branch parks29: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12, blind20, blind39, blind40, blind9, dev8: a category of parks or a town district is no park', () => {
  it('a standing or a quality before a kind of park (省重点产业园区, 低效园区, 同质化工业园区, 现代化…产业园区) names no park', async () => {
    const x = await runDoc(
      '某市临港产业发展规划\n\n一、发展基础\n白鹭临港产业园是青岚省重点产业园区，重点发展船舶配套和海工装备。\n' +
        '二、重点任务\n推动低效园区提质增效，不再新设同质化工业园区。建立市领导挂点联系重点园区制度。建设绿色低碳的现代化临港产业园区。\n',
    );
    expect(names(x, 'Park')).toEqual(['白鹭临港产业园']);
    expect(strong(x, 'HOSTS')).toContain('park:白鹭临港产业园 -> industry:船舶配套');
  });
  it('a 城 right before 区 is a town’s urban district (白鹭市城区, 新城区), no park; the zone placed there stays', async () => {
    const x = await runDoc(
      '某市盐化工产业发展规划\n\n一、发展基础\n白鹭经济开发区位于白鹭市城区东部，重点发展盐化工和石膏建材。建设高品质现代化新城区。\n',
    );
    expect(names(x, 'Park')).toEqual(['白鹭经济开发区']);
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:白鹭经济开发区 -> industry:盐化工');
  });
});
