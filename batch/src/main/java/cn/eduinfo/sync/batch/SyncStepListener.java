package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records on the run why a step failed, once its transaction is rolled back: the operator reads it on the run's page. */
@Named
@Dependent
public class SyncStepListener extends AbstractStepListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    StepContext step;

    @Inject
    SyncSteps steps;

    @Override
    public void afterStep() {
        if (step.getException() != null) {
            steps.failedBecause(Long.parseLong(runId), step.getException());
        }
    }
}
