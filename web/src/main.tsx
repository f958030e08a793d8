// The web app's shell: navigation and one page per route.
import { render } from 'preact';
import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { AnalyzePage } from './analyze-page.tsx';
import { api, type StoredArticle } from './api.ts';
import { ArticleView } from './article-view.tsx';
import { ArticlesPage } from './articles-page.tsx';
import { DyadPage } from './dyad-page.tsx';
import { href, useRoute } from './router.ts';
import './style.css';

function StoredArticlePage(props: { id: number; sentence: number | null }) {
  const [article, setArticle] = useState<StoredArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setArticle(null);
    api.article(props.id).then(
      (loaded) => live && setArticle(loaded),
      (caught: Error) => live && setError(caught.message),
    );
    return () => {
      live = false;
    };
  }, [props.id]);
  if (error) return <p class="error page">{error}</p>;
  if (!article) return <p class="muted page">Loading…</p>;
  return (
    <div class="page">
      <ArticleView analysis={article.analysis} focusSentence={props.sentence} />
    </div>
  );
}

function App() {
  const route = useRoute();
  // A failing view shows its error instead of blanking the whole app; navigating away clears it.
  const [failure, resetFailure] = useErrorBoundary();
  useEffect(() => resetFailure(), [route.path, route.params.toString()]);
  const articleMatch = /^\/article\/(\d+)$/.exec(route.path);
  const section = articleMatch || route.path === '/articles' ? 'articles' : route.path === '/dyad' ? 'dyad' : 'analyze';
  const sentence = route.params.get('s');
  let page = <AnalyzePage />;
  if (articleMatch) page = <StoredArticlePage id={Number(articleMatch[1])} sentence={sentence === null ? null : Number(sentence)} />;
  // Keyed by the query, so a new query starts the page afresh with its form filled from the URL.
  else if (route.path === '/articles') page = <ArticlesPage key={route.params.toString()} params={route.params} />;
  else if (route.path === '/dyad') page = <DyadPage key={route.params.toString()} params={route.params} />;
  return (
    <>
      <nav class="topbar">
        <a class="brand" href={href('/')}>
          detente
        </a>
        <a href={href('/')} class={section === 'analyze' ? 'active' : ''}>
          Analyse
        </a>
        <a href={href('/articles')} class={section === 'articles' ? 'active' : ''}>
          Articles
        </a>
        <a href={href('/dyad')} class={section === 'dyad' ? 'active' : ''}>
          Dyads
        </a>
      </nav>
      <main>
        {failure ? (
          <p class="error" role="alert">
            This view failed: {failure instanceof Error ? failure.message : String(failure)}
          </p>
        ) : (
          page
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
