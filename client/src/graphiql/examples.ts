// Saved example queries in the GraphQL IDE, one set per kind of user. The integration tests run
// every one of them against the seeds (test/integration/graphiql-examples.int.test.ts), so they
// never rot when the schema changes.
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: '规划：哪些园区承载某产业 / Planner: parks hosting an industry',
    query: `# 规划人员：哪些园区（含其环节）承载「细胞和基因治疗」？依据哪句原文？
# Planner: which parks host an industry (or its segments), and on what evidence?
query ParksForIndustry($text: String!) {
  search(text: $text, labels: [Industry], first: 1) {
    id
    name
    ... on Industry {
      parks { name kind }
    }
  }
}
`,
    variables: { text: '细胞和基因治疗' },
  },
  {
    title: '规划：产业链环节与补链缺口 / Planner: chain segments and gaps',
    query: `# 规划人员：信创产业链各环节（按上下游）及缺口（无企业、无园区的环节）
query Chain($id: ID!) {
  industryChain(id: $id) {
    industry { name }
    segments { position gap industry { name } enterprises { name } parks { name } }
    gaps { name }
  }
}
`,
    variables: { id: 'industry:信创' },
  },
  {
    title: '规划：园区 × 产业链 / Planner: parks × chains',
    query: `# 规划人员：每个园区承载哪些产业链（环节、园区内企业和机构），依据（stated 明确陈述 / planned 规划）与置信度
query ParkMatrix {
  parkMatrix(maxChains: 6) {
    chains { industry { name } parkCount }
    rows(first: 100) { depth park { name kind } }
    cells(first: 200) { park { name } industry { name } factCount facts(first: 3) { kind basis confidence node { name } segment { name } } }
  }
}
`,
  },
  {
    title: '规划：两个园区对比（错位发展）/ Planner: compare two parks',
    query: `# 规划人员：华苑片区与渤龙湖片区，共有和各自独有的产业链环节，附原文
query Compare($a: ID!, $b: ID!) {
  compareParks(a: $a, b: $b) {
    shared(first: 50) { segment { name } chains { name } factsA(first: 3) { node { name } via { evidence(first: 1) { text } } } }
    onlyA(first: 50) { segment { name } }
    onlyB(first: 50) { segment { name } }
  }
}
`,
    variables: { a: 'park:华苑片区', b: 'park:渤龙湖片区' },
  },
  {
    title: '研究：某部门牵头/配合的举措 / Researcher: a department\u2019s measures',
    query: `# 研究人员：各部门牵头、配合的举措数（按辖区）
query Workload($jurisdiction: String) {
  departmentWorkload(jurisdiction: $jurisdiction) {
    department { name jurisdiction }
    lead
    support
    responsible
    total
  }
}
`,
    variables: { jurisdiction: '滨海高新区' },
  },
  {
    title: '研究：两点之间的最短路径 / Researcher: shortest paths',
    query: `# 研究人员：飞腾到海洋片区的路径，每一步附原文
query Paths($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, maxLength: 4, first: 3) {
    nodes { id name label }
    edges { type evidence { text section document { title } } }
  }
}
`,
    variables: { from: 'enterprise:飞腾', to: 'park:海洋片区' },
  },
  {
    title: '招商：相关企业及理由 / Investment promotion: related enterprises',
    query: `# 招商人员：与飞腾相关的企业，按相关度排序，并说明理由
query Related($id: ID!) {
  relatedEnterprises(id: $id, first: 10) {
    score
    reasons
    enterprise { name aliases parks { name } }
  }
}
`,
    variables: { id: 'enterprise:飞腾' },
  },
];
