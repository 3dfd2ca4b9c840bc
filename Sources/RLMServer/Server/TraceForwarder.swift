import Foundation
import Logging
import RLMEngine

/// Reads one session's trace and sends every event to the client as `rlm/trace`, folding it
/// first into its run's record (the tree `rlm/trace/get` returns) and the usage ledger. The
/// subscription's bounded buffer is the client's: when the writer makes this task wait, the
/// buffer merges or drops streamed text, and the run goes on at full speed.
struct TraceForwarder: Sendable {
    let writer: MessageWriter
    let runs: RunRegistry
    let ledger: UsageLedger
    let logger: Logger

    func forward(_ session: ServerSession) async {
        var reportedDrops = 0
        for await event in session.subscription {
            let record: RunRecord?
            if case .runStarted(let started) = event.payload {
                let ticket = session.startRun(event.runID)
                let created = RunRecord(runID: event.runID, session: session, query: started.query, startedAt: event.timestamp, ticket: ticket)
                ticket?.bind(created)
                runs.add(created)
                record = created
            } else {
                record = runs.record(event.runID)
            }
            record?.apply(event)
            ledger.apply(event)
            await writer.trace(event)
            await record?.ticket?.progress?.observe(event)
            if case .runFinished = event.payload {
                session.runEnded()
                let dropped = session.subscription.droppedEvents
                if dropped > reportedDrops {
                    let message = "rlm: the trace of run \(event.runID) left out \(dropped - reportedDrops) streamed text pieces because the client read slowly (the tree is whole)"
                    logger.notice("\(message)")
                    await writer.notify(LogMessageNotification(type: 2, message: message))
                    reportedDrops = dropped
                }
                record?.ticket?.markDelivered()
            }
        }
        // The stream ended (the session was closed): nobody may wait for events any more.
        session.pendingTicket?.markDelivered()
    }
}
