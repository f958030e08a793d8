// Serves the built web app (web/dist) from an absolute directory, whatever the working directory.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The response for a GET of `pathname` under `root`, or null when there is no such file. The app
 * routes in the URL fragment, so only `/` needs index.html; an unknown path is a plain 404.
 */
export async function staticResponse(root: string, pathname: string): Promise<Response | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (relative.endsWith('/')) relative += 'index.html';
  const path = normalize(join(root, relative));
  // normalize() has resolved any '..': a path that left the root is refused.
  if (!path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return null;
  if (!(await isFile(path))) return null;
  // Hashed asset names change with their content, so they can be cached for good; the page cannot.
  const immutable = relative.startsWith('/assets/');
  return new Response(await readFile(path), {
    headers: {
      'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
