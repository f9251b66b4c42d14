package org.ledgerline.storage.dispute;

import java.util.Set;

/**
 * Where a dispute stands. {@code OPEN} may be escalated; {@code OPEN} and {@code ESCALATED} may be
 * resolved or rejected; {@code RESOLVED} and {@code REJECTED} are final.
 */
public enum DisputeStatus {
    OPEN, ESCALATED, RESOLVED, REJECTED;

    /** Whether the dispute still needs work (and keeps its invoice flagged). */
    public boolean isActive() {
        return this == OPEN || this == ESCALATED;
    }

    /** Whether a dispute in this status may move to {@code target}. */
    public boolean canMoveTo(DisputeStatus target) {
        return switch (this) {
            case OPEN -> Set.of(ESCALATED, RESOLVED, REJECTED).contains(target);
            case ESCALATED -> Set.of(RESOLVED, REJECTED).contains(target);
            case RESOLVED, REJECTED -> false;
        };
    }
}
