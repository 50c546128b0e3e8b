// Serves a bundle folder with Debian's nginx and the deployment configuration of the README
// (deploy/nginx/passerelle.conf), on 127.0.0.1: the end-to-end tests' bundle origin.
//   startNginx({ root }) → { origin, stop }
// The site file is used as it is, with only its `listen` and `root` lines replaced; it is included in a
// main configuration like Debian's /etc/nginx/nginx.conf (its own types, `gzip on`), whose pid, logs and
// temporary folders are in a fresh temporary folder. nginx runs in the foreground as a child process, not
// as the system service. No fallback: if nginx cannot start, this throws with nginx's own message.
//   node tools/nginx.mjs [folder]   serves target/dist (or folder) on PORT (default 8081) until Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const SITE = join(here, "..", "deploy/nginx/passerelle.conf");
const NGINX = process.env.NGINX || "/usr/sbin/nginx";
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const SETUP = "tools/setup.sh installs nginx and libnginx-mod-http-brotli-static";

/** The site file with its `listen` and `root` replaced; throws if either is not there exactly once. */
export function site(listen, root) {
  const text = readFileSync(SITE, "utf8");
  const lines = (re) => text.split("\n").filter((l) => re.test(l)).length;
  const LISTEN = /^\s*listen\s+[^;]+;/m, ROOT = /^\s*root\s+[^;]+;/m;
  if (lines(LISTEN) !== 1 || lines(ROOT) !== 1) throw new Error(`${SITE}: expected one listen and one root line`);
  return text.replace(LISTEN, `    listen ${listen};`).replace(ROOT, `    root ${root};`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().on("error", fail).listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const accepts = (port) => new Promise((ok) => {
  const c = connect(port, "127.0.0.1", () => { c.destroy(); ok(true); }).on("error", () => ok(false));
});

async function start(root, port) {
  for (const [path, what] of [[NGINX, "nginx"], [BROTLI, "the brotli static module"]]) {
    if (!existsSync(path)) throw new Error(`nginx: ${what} is missing (${path}); ${SETUP}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "passerelle-nginx-"));
  writeFileSync(join(dir, "passerelle.conf"), site(`127.0.0.1:${port}`, root));
  // As root (CI), workers run as root too, so they can read the checkout wherever it is.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : "";
  writeFileSync(join(dir, "nginx.conf"), `# Written by tools/nginx.mjs; the server is ${SITE}.
load_module ${BROTLI};
${user}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  gzip on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/passerelle.conf;
}
`);
  const child = spawn(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  const exited = new Promise((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
  child.on("error", (e) => { stderr += String(e); });
  const clean = () => rmSync(dir, { recursive: true, force: true });
  let gone = null;
  exited.then((e) => { gone = e; });
  for (let i = 0; i < 200 && !gone; i++) {
    if (await accepts(port)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        log: () => stderr,
        async stop() {
          if (!gone) child.kill("SIGQUIT"); // graceful: finish the requests in flight
          const t = setTimeout(() => child.kill("SIGKILL"), 3000);
          await exited;
          clearTimeout(t);
          clean();
        },
      };
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  if (!gone) child.kill("SIGKILL");
  await exited;
  clean();
  const error = new Error(`nginx did not start on 127.0.0.1:${port} (${SETUP}):\n${stderr.trim()}`);
  error.busy = /Address already in use/.test(stderr);
  throw error;
}

/** Starts nginx serving `root` with the deployment configuration on a free port of 127.0.0.1. */
export async function startNginx({ root = join(here, "..", "target/dist"), port = 0 } = {}) {
  root = resolve(root);
  if (!existsSync(root)) throw new Error(`nginx: no folder ${root} to serve (make build writes target/dist)`);
  // A free port can be taken between the check and nginx's bind: try another.
  for (let attempt = 0; ; attempt++) {
    try {
      return await start(root, port || await freePort());
    } catch (e) {
      if (!e.busy || port || attempt >= 4) throw e;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startNginx({ root: process.argv[2], port: Number(process.env.PORT || 8081) });
  console.log(`nginx serves ${resolve(process.argv[2] || join(here, "..", "target/dist"))} at ${s.origin}/embed.js  ·  Ctrl-C to stop.`);
  process.on("SIGINT", () => s.stop().then(() => process.exit(0)));
}
