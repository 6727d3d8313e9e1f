using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.CoFunding.GetFundingStatus;

/// <summary>Where the funding of a dossier stands: what each funder was asked for and what it decided.</summary>
public sealed class GetFundingStatus(ProposalVisibility visibility, FundingStatusDescriber describer)
{
    public async Task<Result<FundingStatusResponse>> Handle(Guid proposalId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        if (!FundingVisibility.MaySeeFunding(relation))
        {
            return Error.Forbidden("Funding decisions are shown to the consortium, the cluster managers and the funders.");
        }

        return await describer.Describe(context, ct);
    }
}
