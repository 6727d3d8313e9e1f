using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.CoFunding;

public sealed record FundingDecisionLineRequest(Guid? OrganisationId, decimal? GrantedAmount, FundingInstrument? Instrument);

public sealed record FundingDecisionRequest(Guid? FunderId, FundingDecision? Decision, IReadOnlyList<FundingDecisionLineRequest>? Lines, string? Comment)
{
    public const int MaxLines = 100;

    public Result<IReadOnlyList<GrantLine>> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FunderId is null)
        {
            errors["funderId"] = ["The funder deciding is required."];
        }

        if (Decision is null)
        {
            errors["decision"] = ["Granted or Declined."];
        }

        var lines = Lines ?? [];
        if (lines.Count > MaxLines)
        {
            errors["lines"] = [$"{MaxLines} lines at most."];
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null || lines[i].OrganisationId is null || lines[i].GrantedAmount is null)
            {
                errors[$"lines[{i}]"] = ["Each line names a partner (organisationId) and the amount granted to it (grantedAmount)."];
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", "Some fields of the decision are missing.", errors);
        }

        return lines.Select(l => new GrantLine(l.OrganisationId!.Value, l.GrantedAmount!.Value, l.Instrument)).ToList();
    }
}
