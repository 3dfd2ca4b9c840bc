import RLMInterpreter

/// Raised by FINAL, FINAL_VAR and `answer["ready"] = True`: ends the code block, through every
/// `try`/`except` of the program (ControlSignal), with the run's answer.
struct FinalAnswer: ControlSignal {
    let text: String
}

/// Raised inside the sandbox when the run is being stopped (a run-wide limit, cancellation):
/// the code ends at once and cannot catch it.
struct RunInterrupted: ControlSignal {}
