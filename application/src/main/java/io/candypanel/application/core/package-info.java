/**
 * The entry point for programs that embed CandyPanel as a library: {@link io.candypanel.application.core.CandyPanelCore}
 * takes the outbound port implementations (storage as one {@link io.candypanel.application.core.StoragePorts}
 * record, WireGuard, and optional ones with no-op defaults) and hands out every use case of the panel, wired
 * exactly as the panel's own server wires them, without a dependency-injection framework.
 *
 * <p>Ready-made ports: {@code adapter-inmemory} (every repository and a transactional unit of work in
 * memory) and {@code adapter-persistence} (SQLite through JDBC). This package imports only the
 * application's ports and services, the domain, and the JDK.
 */
package io.candypanel.application.core;
