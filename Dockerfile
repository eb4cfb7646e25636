# syntax=docker/dockerfile:1
# One image for every process of the system: `api` (the default), `worker`, `migrate`
# (see scripts/container.sh and docker-compose.yml). Everything is installed and built in the
# build stage; the runtime stage downloads nothing and runs as the unprivileged `node` user.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# A placeholder address: `prisma generate` needs one but does not connect.
RUN DATABASE_URL=postgresql://build@localhost/build node node_modules/prisma/build/index.js generate \
 && node_modules/.bin/vite build admin-ui --logLevel warn \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf tests bench admin-ui/src

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=3000 \
    FILE_STORAGE_ROOT=/data/files
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data/files && chown node:node /data/files
USER node
EXPOSE 3000 9464
VOLUME ["/data/files"]
ENTRYPOINT ["/app/scripts/container.sh"]
CMD ["api"]
