package cn.eduinfo.reporting.boundary;

import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Submission;
import cn.eduinfo.reporting.Transition;
import java.util.ArrayList;
import java.util.List;

/** A submission's withdrawal requests read from its timeline: each request with the answer that followed it. */
final class Withdrawals {

    private Withdrawals() {
    }

    static List<WithdrawalLine> of(Submission s, Organisation unit, boolean incoming) {
        List<WithdrawalLine> lines = new ArrayList<>();
        List<Transition> timeline = s.getTimeline();
        for (int i = 0; i < timeline.size(); i++) {
            Transition asked = timeline.get(i);
            if (asked.getAction() != Action.REQUEST_WITHDRAWAL) {
                continue;
            }
            Transition answer = i + 1 < timeline.size() ? timeline.get(i + 1) : null;
            WithdrawalLine.Outcome outcome = answer == null ? WithdrawalLine.Outcome.PENDING
                    : answer.getAction() == Action.APPROVE_WITHDRAWAL ? WithdrawalLine.Outcome.APPROVED
                    : answer.getAction() == Action.REFUSE_WITHDRAWAL ? WithdrawalLine.Outcome.REFUSED : WithdrawalLine.Outcome.PENDING;
            boolean decided = outcome != WithdrawalLine.Outcome.PENDING;
            lines.add(new WithdrawalLine(unit.getId(), unit.getCode(), unit.getName(), incoming, asked.getActor(), asked.getAt(),
                    asked.getReason(), outcome, decided ? answer.getActor() : null, decided ? answer.getAt() : null,
                    outcome == WithdrawalLine.Outcome.REFUSED ? answer.getReason() : null));
        }
        return lines;
    }
}
