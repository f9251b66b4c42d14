package org.ledgerline.ivr.telephony.ami;

import java.util.concurrent.CompletableFuture;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerResponse;

/** Sends an AMI action without waiting ({@link AmiConnection#sendAsync}); a seam for in-memory tests. */
@FunctionalInterface
public interface AmiActionSender {
    CompletableFuture<ManagerResponse> sendAsync(ManagerAction action);
}
