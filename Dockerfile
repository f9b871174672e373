# Build: compile the release binary (SQLite is bundled; PostgreSQL links libpq).
FROM rust:1.95-bookworm AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
COPY Cargo.toml Cargo.lock askama.toml ./
# How the bundled SQLite is compiled (see the file).
COPY .cargo ./.cargo
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
COPY assets ./assets
# Cargo.toml declares the benchmark, so the manifest does not parse without it.
COPY benches ./benches
RUN cargo build --release --locked --bin diaspora-hub

# Run: a small image with only what the binary needs, as a non-root user.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libpq5 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data diaspora \
 && mkdir -p /data && chown diaspora /data
COPY --from=build /src/target/release/diaspora-hub /usr/local/bin/diaspora-hub
USER diaspora
WORKDIR /data
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:///data/diaspora-hub.db \
    APP_BIND=0.0.0.0:8080 \
    APP_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["diaspora-hub"]
CMD ["serve"]
