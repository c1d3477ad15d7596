package lockstep.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lockstep.timeline.SimCoreApi;

/** This module's main code reaches sim-core only through the packages sim-core's module descriptor exports. */
@AnalyzeClasses(packages = "lockstep.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class SimCoreApiTest {
    @ArchTest
    static final ArchRule USES_ONLY_THE_PUBLISHED_API = SimCoreApi.onlyExportedPackagesUsedBy("lockstep.cli..");
}
