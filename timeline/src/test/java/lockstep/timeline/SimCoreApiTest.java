package lockstep.timeline;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** This module's main code reaches sim-core only through the packages sim-core's module descriptor exports. */
@AnalyzeClasses(packages = "lockstep.timeline", importOptions = ImportOption.DoNotIncludeTests.class)
class SimCoreApiTest {
    @ArchTest
    static final ArchRule USES_ONLY_THE_PUBLISHED_API = SimCoreApi.onlyExportedPackagesUsedBy("lockstep.timeline..");
}
