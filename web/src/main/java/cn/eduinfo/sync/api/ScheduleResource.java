package cn.eduinfo.sync.api;

import cn.eduinfo.sync.boundary.RegistrySync;
import cn.eduinfo.sync.boundary.ScheduledSync;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/sync/schedule: where the quarterly timer takes the registry's snapshots from, and what it last found there. */
@Path("sync/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @EJB
    RegistrySync sync;

    @GET
    public ScheduledSync schedule() {
        return sync.schedule();
    }
}
