using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using static FundingPortal.Domain.UnitTests.CoFunding.CoFundingFactory;

namespace FundingPortal.Domain.UnitTests.CoFunding;

public sealed class FundingRequestTests
{
    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Reviewed)]
    [InlineData(ProposalStatus.NotLabelled)]
    [InlineData(ProposalStatus.FundingRequested)]
    public void Only_a_labelled_dossier_can_be_sent_to_funders(ProposalStatus status)
    {
        var call = Call();
        var partner = Partner(OrganisationCategory.Sme, "FR-BRE", 100_000m);
        var proposal = Proposal(call, status, partner.OrganisationId);

        var opened = FundingRequest.OpenAll(proposal, FundingPlanCalculator.Compute(call, AllFunders, [partner]), Now);

        Assert.Equal("not_labelled", opened.Error!.Code);
        Assert.Equal(status, proposal.Status);
    }

    [Fact]
    public void One_request_per_funder_with_aid_with_one_line_per_partner_it_funds()
    {
        var (proposal, requests, sme, lab, large) = Requested();

        Assert.Equal(ProposalStatus.FundingRequested, proposal.Status);
        Assert.Equal(3, requests.Count);
        Assert.Equal([sme.OrganisationId, lab.OrganisationId, large.OrganisationId], requests.For(State).Lines.Select(l => l.OrganisationId));
        Assert.Equal([sme.OrganisationId, lab.OrganisationId], requests.For(Bretagne).Lines.Select(l => l.OrganisationId));
        Assert.Equal(100_000m, requests.For(Normandie).RequestedAid);
    }

    [Fact]
    public void A_grant_cannot_exceed_what_was_requested_for_a_partner_nor_go_to_a_partner_the_funder_does_not_fund()
    {
        var (_, requests, sme, _, large) = Requested();
        var bretagne = requests.For(Bretagne);

        Assert.Equal("grant_exceeds_request", bretagne.Decide(FundingDecision.Granted, [new GrantLine(sme.OrganisationId, 157_500.01m, FundingInstrument.Grant)], null, Guid.Empty, Now).Error!.Code);
        Assert.Equal("partner_not_funded", bretagne.Decide(FundingDecision.Granted, [new GrantLine(large.OrganisationId, 1m, FundingInstrument.Grant)], null, Guid.Empty, Now).Error!.Code);
        Assert.False(bretagne.IsDecided);
    }

    [Fact]
    public void Invalid_lines_are_validation_errors()
    {
        var (_, requests, sme, lab, _) = Requested();
        var bretagne = requests.For(Bretagne);

        GrantLine[][] invalid =
        [
            [new GrantLine(sme.OrganisationId, -1m, FundingInstrument.Grant)],
            [new GrantLine(sme.OrganisationId, 1.001m, FundingInstrument.Grant)],
            [new GrantLine(sme.OrganisationId, 1m, null)],
            [new GrantLine(sme.OrganisationId, 1m, FundingInstrument.Grant), new GrantLine(sme.OrganisationId, 2m, FundingInstrument.Grant)],
            [new GrantLine(sme.OrganisationId, 0m, FundingInstrument.Grant), new GrantLine(lab.OrganisationId, 0m, FundingInstrument.Grant)],
        ];
        Assert.All(invalid, lines => Assert.Equal(ErrorKind.Validation, bretagne.Decide(FundingDecision.Granted, lines, null, Guid.Empty, Now).Error!.Kind));
        Assert.Equal(ErrorKind.Validation,
            bretagne.Decide(FundingDecision.Declined, [new GrantLine(sme.OrganisationId, 5m, FundingInstrument.Grant)], null, Guid.Empty, Now).Error!.Kind);
    }

    [Fact]
    public void A_funder_decides_once()
    {
        var (_, requests, _, _, large) = Requested();
        var normandie = requests.For(Normandie);

        Assert.True(normandie.Decide(FundingDecision.Declined, [], "Hors priorités régionales", Guid.Empty, Now).IsSuccess);

        Assert.Equal("decision_exists", normandie.Decide(FundingDecision.Granted, [new GrantLine(large.OrganisationId, 1m, FundingInstrument.Grant)], null, Guid.Empty, Now).Error!.Code);
        Assert.Equal(0m, normandie.GrantedAid);
    }

    [Fact]
    public void The_outcome_waits_for_every_funder_then_is_funded_partially_funded_or_not_funded()
    {
        var (proposal, requests, sme, lab, large) = Requested();

        Assert.True(requests.For(State).Decide(FundingDecision.Granted, [new(sme.OrganisationId, 157_500m, FundingInstrument.Grant),
            new(lab.OrganisationId, 100_000m, FundingInstrument.Grant), new(large.OrganisationId, 100_000m, FundingInstrument.RepayableAdvance)], null, Guid.Empty, Now).IsSuccess);
        Assert.Null(proposal.ApplyFundingDecision(requests, Now).Value);
        Assert.Equal(ProposalStatus.FundingRequested, proposal.Status);

        Assert.True(requests.For(Bretagne).Decide(FundingDecision.Granted, [new(sme.OrganisationId, 157_500m, FundingInstrument.Grant),
            new(lab.OrganisationId, 99_999.99m, FundingInstrument.Grant)], null, Guid.Empty, Now).IsSuccess);
        Assert.True(requests.For(Normandie).Decide(FundingDecision.Granted, [new(large.OrganisationId, 100_000m, FundingInstrument.Grant)], null, Guid.Empty, Now).IsSuccess);

        Assert.Equal(FundingOutcome.PartiallyFunded, proposal.ApplyFundingDecision(requests, Now).Value);
        Assert.Equal(ProposalStatus.PartiallyFunded, proposal.Status);
        Assert.Equal("funding_not_requested", proposal.ApplyFundingDecision(requests, Now).Error!.Code);
    }

    [Fact]
    public void Full_grants_everywhere_fund_the_dossier_and_declines_everywhere_do_not()
    {
        var (funded, fullRequests, _, _, _) = Requested();
        foreach (var request in fullRequests)
        {
            request.Decide(FundingDecision.Granted, request.Lines.Select(l => new GrantLine(l.OrganisationId, l.RequestedAid, FundingInstrument.Grant)).ToList(), null, Guid.Empty, Now);
        }

        var (declined, declinedRequests, _, _, _) = Requested();
        foreach (var request in declinedRequests)
        {
            request.Decide(FundingDecision.Declined, [], null, Guid.Empty, Now);
        }

        Assert.Equal(FundingOutcome.Funded, funded.ApplyFundingDecision(fullRequests, Now).Value);
        Assert.Equal(FundingOutcome.NotFunded, declined.ApplyFundingDecision(declinedRequests, Now).Value);
        Assert.Equal(ProposalStatus.NotFunded, declined.Status);
    }
}
