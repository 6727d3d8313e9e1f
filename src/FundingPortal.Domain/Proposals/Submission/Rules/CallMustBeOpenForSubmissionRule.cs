using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>
/// The submission window, decided by the server's clock alone: accepted strictly before the deadline instant
/// (<see cref="Call.StatusAt"/>), refused from the deadline on, and before the call opens.
/// </summary>
internal sealed class CallMustBeOpenForSubmissionRule(Call call, DateTimeOffset now) : ISubmissionRule
{
    public const string DeadlinePassed = "deadline_passed";

    public Result Check() => call.StatusAt(now) switch
    {
        CallStatus.Open => Result.Success(),
        CallStatus.Closed => Error.Conflict(DeadlinePassed, "The submission deadline has passed; the dossier can no longer be submitted."),
        _ => Error.Conflict("call_not_open", "This call is not open for submissions."),
    };

    /// <summary>What the applicants read in "Pourquoi ne puis-je pas déposer ?" once the deadline has passed.</summary>
    public EligibilityIssue? Issue() =>
        call.StatusAt(now) == CallStatus.Closed ? new EligibilityIssue(DeadlinePassed, "La date limite de dépôt est dépassée.") : null;
}
