package io.candypanel.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDateTime;

@AnalyzeClasses(packages = HexagonalArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {
  static final String BASE = "io.candypanel";
  static final String DOMAIN = BASE + ".domain..";
  static final String APPLICATION = BASE + ".application..";
  static final String BOOTSTRAP = BASE + ".bootstrap..";
  static final String HTTP = BASE + ".adapter.http..";
  static final String PERSISTENCE = BASE + ".adapter.persistence..";
  static final String WIREGUARD = BASE + ".adapter.wireguard..";
  static final String TELEGRAM = BASE + ".adapter.telegram..";
  static final String INMEMORY = BASE + ".adapter.inmemory..";
  static final String CORE_ENTRY_POINT = BASE + ".application.core..";

  // 1. The hexagon: who may touch whom. Classes in no layer fail (ensureAll...).
  @ArchTest static final ArchRule hexagon = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)                          // telegram may be absent
      .layer("Domain").definedBy(DOMAIN)
      .layer("Application").definedBy(APPLICATION)
      .layer("Http").definedBy(HTTP)
      .layer("Persistence").definedBy(PERSISTENCE)
      .layer("WireGuard").definedBy(WIREGUARD)
      .layer("Telegram").definedBy(TELEGRAM)
      .layer("InMemory").definedBy(INMEMORY)
      .layer("Bootstrap").definedBy(BOOTSTRAP)
      .whereLayer("Domain").mayNotAccessAnyLayer()
      .whereLayer("Application").mayOnlyAccessLayers("Domain")
      .whereLayer("Http").mayOnlyAccessLayers("Application", "Domain")
      .whereLayer("Persistence").mayOnlyAccessLayers("Application", "Domain")
      .whereLayer("WireGuard").mayOnlyAccessLayers("Application", "Domain")
      .whereLayer("Telegram").mayOnlyAccessLayers("Application", "Domain")
      .whereLayer("InMemory").mayOnlyAccessLayers("Application", "Domain")
      .whereLayer("InMemory").mayOnlyBeAccessedByLayers("Bootstrap")   // and by embedders (examples/, not analysed)
      .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
      .ensureAllClassesAreContainedInArchitecture();

  // 2. Domain = plain JDK. Application = domain + JDK. javax.crypto is part of the JDK too (X25519 key
  //    agreement, PBKDF2) and does no I/O, so it is allowed beside java.. .
  @ArchTest static final ArchRule domain_depends_only_on_jdk = classes()
      .that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "javax.crypto..");

  @ArchTest static final ArchRule application_depends_only_on_domain_and_jdk = classes()
      .that().resideInAPackage(APPLICATION)
      .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "javax.crypto..");

  // The embeddable entry point (CandyPanelCore) is part of the application: only the application, the domain and the JDK.
  @ArchTest static final ArchRule core_entry_point_depends_only_on_application_domain_and_jdk = classes()
      .that().resideInAPackage(CORE_ENTRY_POINT)
      .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
      .allowEmptyShould(false);

  // "java.." still contains I/O; keep it out of the core explicitly.
  @ArchTest static final ArchRule core_does_no_io = noClasses()
      .that().resideInAnyPackage(DOMAIN, APPLICATION)
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..", "java.nio.file..")
      .orShould().dependOnClassesThat().areAssignableTo(ProcessBuilder.class);

  @ArchTest static final ArchRule domain_does_not_read_the_clock = noClasses()
      .that().resideInAPackage(DOMAIN)
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .because("time is passed in (Clock or Instant) so rules stay testable");

  // 3. DI: Guice only in bootstrap, no DI annotations in the core, constructor injection only.
  @ArchTest static final ArchRule guice_only_in_bootstrap = noClasses()
      .that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

  @ArchTest static final ArchRule no_di_annotations_in_core = noClasses()
      .that().resideInAnyPackage(DOMAIN, APPLICATION)
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.inject..", "javax.inject..", "com.google.inject..");

  @ArchTest static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  // 4. Ports and their implementations.
  @ArchTest static final ArchRule adapters_use_ports_not_services = noClasses()
      .that().resideInAPackage(BASE + ".adapter..")
      .should().dependOnClassesThat().resideInAPackage(BASE + ".application.service..");

  @ArchTest static final ArchRule inbound_ports_are_use_case_interfaces = classes()
      .that().resideInAPackage(BASE + ".application.port.in..").and().areTopLevelClasses()
      .and().areNotRecords()                                 // top-level Command/Query records are fine
      .and().areNotAssignableTo(RuntimeException.class)      // application exceptions live here too
      .should().beInterfaces().andShould().haveSimpleNameEndingWith("UseCase");

  @ArchTest static final ArchRule outbound_ports_are_port_interfaces = classes()
      .that().resideInAPackage(BASE + ".application.port.out..").and().areTopLevelClasses()
      .should().beInterfaces().andShould().haveSimpleNameEndingWith("Port");

  @ArchTest static final ArchRule use_case_implementations_are_services = classes()
      .that().implement(resideInAPackage(BASE + ".application.port.in.."))
      .should().resideInAPackage(BASE + ".application.service..")
      .andShould().haveSimpleNameEndingWith("Service");

  @ArchTest static final ArchRule commands_and_queries_are_records = classes()
      .that().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Query")
      .and().resideInAPackage(BASE + ".application..")      // conditions combine left to right
      .should().beRecords();

  // 5. Each technology stays inside its adapter (bootstrap may touch all of them to wire).
  @ArchTest static final ArchRule jackson_only_in_http_and_telegram = noClasses()
      .that().resideOutsideOfPackages(HTTP, TELEGRAM, BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

  @ArchTest static final ArchRule undertow_only_in_http = noClasses()
      .that().resideOutsideOfPackages(HTTP, BOOTSTRAP)
      .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..");

  @ArchTest static final ArchRule jdbc_only_in_persistence = noClasses()
      .that().resideOutsideOfPackages(PERSISTENCE, BOOTSTRAP)
      .should().dependOnClassesThat()
      .resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer.hikari..", "liquibase..", "org.sqlite..");

  @ArchTest static final ArchRule processes_only_in_wireguard_adapter = noClasses()
      .that().resideOutsideOfPackage(WIREGUARD)
      .should().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
      .orShould().callMethodWhere(target(name("exec")).and(target(owner(assignableTo(Runtime.class)))));

  // 6. No cycles between any two packages.
  @ArchTest static final ArchRule no_package_cycles = slices()
      .matching(BASE + ".(**)").should().beFreeOfCycles();
}
