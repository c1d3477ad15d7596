package lockstep.app;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lockstep.sim.scenario.BundledScenarios;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;

/** The Lockstep window: for now the {@link PlaceholderView}. */
public final class LockstepApp extends Application {
    public static final String TITLE = "Lockstep";

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<Scenario> scenarios;
        String problem = null;
        try {
            scenarios = BundledScenarios.loadAll(LockstepApp.class.getClassLoader());
        } catch (ScenarioError e) {
            scenarios = List.of();
            problem = e.getMessage();
        }
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new PlaceholderView(scenarios, problem).createView(), 880, 560));
        stage.show();
    }
}
