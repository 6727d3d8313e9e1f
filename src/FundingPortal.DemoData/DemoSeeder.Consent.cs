using FundingPortal.Contracts;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.Identity;

namespace FundingPortal.DemoData;

/// <summary>
/// Consent in the demo: Léa Morvan (Capsule Santé) is invited as a partner of OCÉAN-5G, a future colleague of Claire
/// Martin has an invitation waiting, and Thomas Le Roux (no organisation yet) asked to join Normandie Télécom Industries.
/// </summary>
public sealed partial class DemoSeeder
{
    public const string DemoJoinerEmail = "thomas.le-roux@normandie-telecom.fr";

    private async Task SeedConsentAsync(Proposal oceanDossier, Organisation ondes, Organisation normandie, DateTimeOffset now, CancellationToken ct)
    {
        var claire = await users.FindByEmailAsync("claire.martin@ondes-bretonnes.fr")
            ?? throw new InvalidOperationException("The demo lead is missing.");
        var partner = Invitation.ToPartner(oceanDossier.Id, "lea.morvan@capsule-sante.fr", "Capsule Santé Connectée", claire.Id, claire.Email!, now).Value;
        var colleague = Invitation.ToOrganisation(ondes.Id, "nouvelle.recrue@ondes-bretonnes.fr", claire.Id, claire.Email!, now).Value;
        db.Invitations.AddRange(partner, colleague);
        outbox.Enqueue(new InvitationCreated(partner.Id));
        outbox.Enqueue(new InvitationCreated(colleague.Id));

        var joiner = new AppUser { Id = Guid.CreateVersion7(), UserName = DemoJoinerEmail, Email = DemoJoinerEmail, EmailConfirmed = true, CreatedAt = now };
        var created = await users.CreateAsync(joiner, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {DemoJoinerEmail}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        var request = JoinRequest.Create(normandie.Id, joiner.Id, DemoJoinerEmail, "Ingénieur radio au site de Caen, je prépare avec Sophie Duval le prochain dossier.", now).Value;
        db.JoinRequests.Add(request);
        outbox.Enqueue(new JoinRequested(request.Id, normandie.Id, joiner.Id));
        await db.SaveChangesAsync(ct);
    }
}
