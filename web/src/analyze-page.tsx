// Paste text, HTML or a URL and read the analysis; or save it to the corpus and open it there.
import { useState } from 'preact/hooks';
import type { Analysis } from '../../src/types.ts';
import { ApiError, type ArticleInput, api, token } from './api.ts';
import { ArticleView } from './article-view.tsx';
import { navigate } from './router.ts';

type Mode = 'text' | 'html' | 'url';

const PLACEHOLDERS: Record<Mode, string> = {
  text: 'Paste the article text (title on the first line)…',
  html: 'Paste the page HTML…',
  url: 'https://…',
};

export function AnalyzePage() {
  const [mode, setMode] = useState<Mode>('text');
  const [input, setInput] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsToken, setNeedsToken] = useState(false);
  const [tokenValue, setTokenValue] = useState(token.get());
  const [analysis, setAnalysis] = useState<Analysis | null>(null);

  const body = (): ArticleInput & { published?: string } => {
    const article: ArticleInput = mode === 'text' ? { text: input } : mode === 'html' ? { html: input } : { url: input.trim() };
    return published ? { ...article, published } : article;
  };

  const run = async (save: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (save) {
        const saved = await api.save(body());
        navigate(`/article/${saved.id}`);
      } else {
        setAnalysis(await api.analyze(body()));
      }
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) setNeedsToken(true);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page analyze-page">
      <form
        class="analyze-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(false);
        }}
      >
        <div class="tabs" role="tablist">
          {(['text', 'html', 'url'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={mode === value}
              class={mode === value ? 'tab active' : 'tab'}
              onClick={() => setMode(value)}
            >
              {value === 'text' ? 'Text' : value === 'html' ? 'HTML' : 'URL'}
            </button>
          ))}
        </div>
        {mode === 'url' ? (
          <input
            class="url-input"
            name="url"
            type="url"
            placeholder={PLACEHOLDERS.url}
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        ) : (
          <textarea
            name="article"
            rows={10}
            placeholder={PLACEHOLDERS[mode]}
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        )}
        <div class="form-row">
          <label>
            Published{' '}
            <input type="date" name="published" value={published} onInput={(event) => setPublished(event.currentTarget.value)} />
          </label>
          {needsToken && (
            <label>
              Token{' '}
              <input
                type="password"
                name="token"
                value={tokenValue}
                onInput={(event) => {
                  setTokenValue(event.currentTarget.value);
                  token.set(event.currentTarget.value);
                }}
              />
            </label>
          )}
          <button type="submit" class="primary" disabled={busy || input.trim() === ''}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
          <button type="button" disabled={busy || input.trim() === ''} onClick={() => void run(true)}>
            Analyse and save to corpus
          </button>
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {analysis && <ArticleView analysis={analysis} />}
    </div>
  );
}
