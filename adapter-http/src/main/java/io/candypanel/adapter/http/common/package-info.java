/**
 * What every feature's handlers share: the request and response shapes, typed field parsing and the
 * adapter's own rejection exception. It depends on nothing else in the adapter, so the feature
 * packages and the server package can both use it without a package cycle.
 *
 * <p>These types are public only because Java has no "visible to sibling packages" modifier; they
 * are internal to the HTTP adapter and nothing outside it should use them.
 */
package io.candypanel.adapter.http.common;
