namespace FundingPortal.Domain.Reviews.Conflicts;

/// <param name="Partners">Every partner organisation, the lead partner included.</param>
/// <param name="ExcludedExpertIds">Experts the applicants asked to exclude.</param>
public sealed record ProposalConflictProfile(
    Guid ProposalId,
    IReadOnlyList<PartnerOrganisation> Partners,
    IReadOnlySet<Guid> ExcludedExpertIds)
{
    public bool HasPartner(Guid organisationId)
    {
        for (var i = 0; i < Partners.Count; i++)
        {
            if (Partners[i].OrganisationId == organisationId)
            {
                return true;
            }
        }

        return false;
    }
}
