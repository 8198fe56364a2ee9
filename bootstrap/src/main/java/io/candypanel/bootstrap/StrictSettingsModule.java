package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;

/** Turns off the Guice features that hide wiring mistakes: everything is bound explicitly, nothing is proxied. */
final class StrictSettingsModule extends AbstractModule {
    @Override
    protected void configure() {
        binder().disableCircularProxies();
        binder().requireExplicitBindings();
        binder().requireExactBindingAnnotations();
        binder().requireAtInjectOnConstructors();
    }
}
