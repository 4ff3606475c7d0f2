import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const webDist = path.resolve(import.meta.dirname, "../../../dist/web");

/**
 * Serves the built web app; every non-API GET that isn't a file gets index.html so that the
 * client router can take it. Unknown API paths answer a JSON 404.
 */
export async function registerWeb(app: FastifyInstance) {
  const hasBuild = fs.existsSync(path.join(webDist, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    // A missing asset is a 404, not the app page (which a browser would reject as the wrong type).
    const isAsset = request.url.startsWith("/assets/");
    if (!isApi && !isAsset && request.method === "GET" && hasBuild) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return reply.status(404).send({
      error: { code: "not_found", message: "There's nothing at this address." },
    });
  });
}
