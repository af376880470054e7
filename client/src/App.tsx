// The explorer shell: top bar (views, graph size, language, help, GraphQL IDE link) and the five
// views. The URL hash carries each view's state (route.ts) so any view can be shared as a link.
import { useCallback, useEffect, useRef, useState } from 'react';
import { stats as fetchStats, type EvidenceItem, type NodeRef, type Stats } from './api.ts';
import { formatRoute, parseRoute, VIEWS, type ExploreState, type Route, type ViewName } from './route.ts';
import { setLang, t, useLang } from './i18n.ts';
import { resetPinyinIndex } from './pinyin.ts';
import { ExploreView, type ExploreHandle } from './views/ExploreView.tsx';
import { ParksView } from './views/ParksView.tsx';
import { ChainView } from './views/ChainView.tsx';
import { PathView } from './views/PathView.tsx';
import { RelatedView } from './views/RelatedView.tsx';
import { DocumentsView } from './views/DocumentsView.tsx';
import { ReviewView } from './views/ReviewView.tsx';
import { refreshMe } from './review/me.ts';
import { HelpDialog } from './components/HelpDialog.tsx';
import { SignIn } from './components/SignIn.tsx';

const VIEW_TITLES: Record<ViewName, string> = {
  parks: '园区@视图',
  explore: '探索',
  chain: '产业链',
  path: '路径',
  related: '相关企业',
  docs: '文件',
  review: '审核',
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function hasExploreState(e: ExploreState): boolean {
  return e.seeds.length > 0 || e.exp.length > 0 || e.sel !== null || e.hide.length > 0 || e.hideTypes.length > 0 || e.layout !== 'fcose';
}

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

export function App() {
  const lang = useLang();
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [stats, setStats] = useState<Stats | null>(null);
  const [statsError, setStatsError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const exploreRef = useRef<ExploreHandle>(null);
  const exploreState = useRef<ExploreState>(route.explore);
  const routeRef = useRef(route);
  routeRef.current = route;
  const lastHash = useRef<string>(location.hash);
  // A shared Explore link is being restored: keep the URL as it came until the canvas is rebuilt.
  const initialExplore = useRef(route.view === 'explore' && hasExploreState(route.explore) ? route.explore : null);
  const restoring = useRef(initialExplore.current !== null);

  const refreshStats = useCallback(() => {
    fetchStats()
      .then((s) => {
        setStats(s);
        setStatsError(null);
      })
      .catch(() => setStatsError(t('无法获取图谱统计')));
  }, []);
  useEffect(refreshStats, [refreshStats]);
  // Signing in or out can change what this user may read (KG_READS=signed-in).
  const onSignIn = useCallback(() => {
    refreshStats();
    void refreshMe(); // curation controls follow the role
  }, [refreshStats]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(VIEW_TITLES[route.view])} · ${t('产业链知识图谱')}`;
  }, [lang, route.view]);

  /** Writes the route to the URL: a new history entry when the view changes. */
  const commitRoute = useCallback((next: Route) => {
    const r = { ...next, explore: exploreState.current };
    const h = formatRoute(r.view, r);
    routeRef.current = r;
    setRoute(r);
    if (h !== lastHash.current) {
      const push = parseRoute(lastHash.current).view !== r.view;
      if (push) history.pushState(null, '', h);
      else history.replaceState(null, '', h);
      lastHash.current = h;
    }
  }, []);

  const go = useCallback(
    (view: ViewName, patch: Partial<Omit<Route, 'view' | 'explore'>> = {}) => {
      commitRoute({ ...routeRef.current, ...patch, view });
    },
    [commitRoute],
  );

  // Explore reports its state; mirror it into the URL while Explore is the view.
  const onExploreState = useCallback(
    (s: ExploreState) => {
      // While a link is being restored, the canvas reports its intermediate (often empty) states:
      // they must not replace the link's state, or a reload in that window would restore nothing.
      if (restoring.current) return;
      exploreState.current = s;
      if (routeRef.current.view === 'explore') commitRoute(routeRef.current);
    },
    [commitRoute],
  );

  // Restore a shared Explore link on load.
  /** Rebuilds the Explore canvas from a link, keeping the URL as it came until that is done. */
  const restoreExplore = useCallback(
    (s: ExploreState) => {
      if (!exploreRef.current) return;
      restoring.current = true;
      exploreState.current = s;
      void exploreRef.current.restore(s).finally(() => {
        restoring.current = false;
        if (routeRef.current.view === 'explore') commitRoute(routeRef.current);
      });
    },
    [commitRoute],
  );

  useEffect(() => {
    if (initialExplore.current) restoreExplore(initialExplore.current);
  }, [restoreExplore]);

  // Back/forward and pasted links.
  useEffect(() => {
    const onChange = () => {
      if (location.hash === lastHash.current) return;
      lastHash.current = location.hash;
      const r = parseRoute(location.hash);
      const cur = exploreState.current;
      if (r.view === 'explore' && (!sameList(r.explore.seeds, cur.seeds) || !sameList(r.explore.exp, cur.exp))) {
        restoreExplore(r.explore);
      } else {
        r.explore = cur;
      }
      routeRef.current = r;
      setRoute(r);
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, [restoreExplore]);

  // Global keyboard shortcuts.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.altKey && /^[1-7]$/.test(e.key)) {
        e.preventDefault();
        go(VIEWS[Number(e.key) - 1]!);
        return;
      }
      if (isTyping(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelpOpen((o) => !o);
        return;
      }
      if (e.key === '/') {
        e.preventDefault();
        if (routeRef.current.view !== 'explore') go('explore');
        setTimeout(() => exploreRef.current?.focusSearch(), 0);
        return;
      }
      if (routeRef.current.view === 'explore' && exploreRef.current?.key(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const openInExplore = useCallback(
    (n: NodeRef) => {
      go('explore');
      exploreRef.current?.open(n);
    },
    [go],
  );

  const openEvidence = useCallback(
    (ev: EvidenceItem) => {
      go('docs', { docs: { id: ev.documentId, at: ev.end > ev.start ? { start: ev.start, end: ev.end } : null } });
    },
    [go],
  );

  const onUploaded = useCallback(() => {
    refreshStats();
    resetPinyinIndex();
  }, [refreshStats]);

  const hrefFor = (v: ViewName) => formatRoute(v, { ...route, explore: exploreState.current });

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('产业链知识图谱')}
        </h1>
        <nav className="tabs" aria-label={t('视图')}>
          {VIEWS.map((v, i) => (
            <a
              key={v}
              href={hrefFor(v)}
              className={'tab' + (route.view === v ? ' active' : '')}
              aria-current={route.view === v ? 'page' : undefined}
              title={`${t(VIEW_TITLES[v])} (Alt+${i + 1})`}
              onClick={(e) => {
                e.preventDefault();
                go(v);
              }}
            >
              {t(VIEW_TITLES[v])}
            </a>
          ))}
          <a className="tab ide" href="/graphql" target="_blank" rel="noopener">
            {t('GraphQL 查询')} ↗
          </a>
        </nav>
        <div className="topbar-stats" role="group" aria-label={t('图谱规模')}>
          {stats && (
            <>
              <span>{t('{n} 份文件', { n: stats.documents })}</span>
              <span>{t('{n} 个节点', { n: stats.nodes })}</span>
              <span>{t('{n} 条关系', { n: stats.edges })}</span>
            </>
          )}
          {statsError && <span className="stats-error" role="alert">{statsError}</span>}
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            className="topbar-btn"
            aria-label={`${lang === 'zh' ? 'EN' : '中文'} · ${t('语言')} / Language`}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {lang === 'zh' ? 'EN' : '中文'}
          </button>
          <button type="button" className="topbar-btn" onClick={() => setHelpOpen(true)} aria-label={t('快捷键')} title={t('快捷键（?）')}>
            ?
          </button>
          <SignIn onChange={onSignIn} />
        </div>
      </header>
      {route.view === 'parks' && (
        <ParksView
          state={route.parks}
          onChange={(patch) => go('parks', { parks: { ...routeRef.current.parks, ...patch } })}
          onOpenExplore={openInExplore}
          onOpenChain={(id) => go('chain', { chain: { id } })}
          onOpenEvidence={openEvidence}
        />
      )}
      <ExploreView
        ref={exploreRef}
        active={route.view === 'explore'}
        stats={stats}
        onState={onExploreState}
        onOpenEvidence={openEvidence}
        onGoChain={(id) => go('chain', { chain: { id } })}
        onGoRelated={(id) => go('related', { related: { id } })}
        onGoPath={(end, id) => go('path', { path: { ...routeRef.current.path, [end]: id } })}
      />
      {route.view === 'chain' && (
        <ChainView
          id={route.chain.id}
          panel={route.chain.panel ?? 'segments'}
          park={route.chain.park ?? null}
          onPanel={(panel, park) => go('chain', { chain: { id: route.chain.id, ...(panel === 'gaps' ? { panel } : {}), ...(park ? { park } : {}) } })}
          onPick={(id) => go('chain', { chain: { id, ...(route.chain.panel ? { panel: route.chain.panel } : {}), ...(route.chain.park ? { park: route.chain.park } : {}) } })}
          onOpenExplore={openInExplore}
        />
      )}
      {route.view === 'path' && (
        <PathView
          from={route.path.from}
          to={route.path.to}
          max={route.path.max}
          onChange={(p) => go('path', { path: p })}
          onOpenExplore={openInExplore}
          onOpenEvidence={openEvidence}
        />
      )}
      {route.view === 'related' && (
        <RelatedView id={route.related.id} onPick={(id) => go('related', { related: { id } })} onOpenExplore={openInExplore} />
      )}
      {route.view === 'docs' && (
        <DocumentsView
          id={route.docs.id}
          at={route.docs.at}
          onOpen={(id) => go('docs', { docs: { id, at: null } })}
          onUploaded={onUploaded}
          onOpenExplore={openInExplore}
          onOpenGaps={() => go('chain', { chain: { id: route.chain.id ?? 'industry:信创', panel: 'gaps', ...(route.chain.park ? { park: route.chain.park } : {}) } })}
        />
      )}
      {route.view === 'review' && (
        <ReviewView state={route.review} onChange={(review) => go('review', { review })} onOpenExplore={openInExplore} onOpenEvidence={openEvidence} />
      )}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
