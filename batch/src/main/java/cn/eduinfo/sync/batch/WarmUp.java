package cn.eduinfo.sync.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The one step of batch-warm-up.xml: nothing to do; the job exists for its start. */
@Named
@Dependent
public class WarmUp extends AbstractBatchlet {

    @Override
    public String process() {
        return "COMPLETED";
    }
}
