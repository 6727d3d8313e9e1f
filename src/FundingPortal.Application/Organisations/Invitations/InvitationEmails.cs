using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations.Invitations;

/// <summary>What an invitation says about itself in its e-mail.</summary>
public sealed record InvitationEmailFacts(string? OrganisationName, string? ProposalAcronym, string? ProposalTitle, string? ProposalReference, string? LeadOrganisationName,
    string? CallTitle = null);

/// <summary>The e-mails of organisation and partner invitations, in French or English: who invites, to what, how to answer, until when.</summary>
public static class InvitationEmails
{
    public static EmailMessage Compose(Invitation invitation, InvitationEmailFacts facts, string portalUrl, string language = Languages.French)
    {
        string T(string french, string english) => language == Languages.English ? english : french;
        var format = TextFormat.For(language);
        var baseUrl = portalUrl.TrimEnd('/');
        var answer = baseUrl + PortalLinks.Invitations;
        var register = baseUrl + PortalLinks.RegisterFor(invitation.Email);
        var named = invitation.OrganisationName is null ? string.Empty : $" ({invitation.OrganisationName})";
        var (subject, offer) = invitation.Kind == InvitationKind.Committee
            ? (T($"Invitation à siéger au comité de labellisation de l'appel « {facts.CallTitle} »",
                    $"Invitation to sit on the labelling committee of the call “{facts.CallTitle}”"),
                T($"{invitation.InvitedByEmail}, pour le pôle, vous invite à siéger en tant que membre extérieur au comité de labellisation de l'appel « {facts.CallTitle} ». "
                    + "En acceptant, le pôle pourra vous compter parmi les membres de ses séances : vous y verrez l'ordre du jour, les auditions et les évaluations des dossiers, "
                    + "sauf ceux avec lesquels vous avez un conflit d'intérêts.",
                    $"{invitation.InvitedByEmail}, for the cluster, invites you to sit as an external member on the labelling committee of the call “{facts.CallTitle}”. "
                    + "If you accept, you may be asked to its sessions: you will see their agenda, the auditions and the proposals' evaluations, "
                    + "except those of proposals you have a conflict of interest with."))
            : invitation.Kind == InvitationKind.Organisation
            ? (T($"Invitation à rejoindre {facts.OrganisationName} sur le portail des projets du pôle",
                    $"Invitation to join {facts.OrganisationName} on the cluster's project portal"),
                T($"{invitation.InvitedByEmail} vous invite à rejoindre l'organisation {facts.OrganisationName} sur le portail des projets collaboratifs du pôle. "
                    + "En acceptant, votre compte y sera rattaché et vous pourrez préparer et suivre ses dossiers.",
                    $"{invitation.InvitedByEmail} invites you to join the organisation {facts.OrganisationName} on the cluster's collaborative project portal. "
                    + "If you accept, your account will belong to it and you will be able to prepare and follow its proposals."))
            : (T($"Invitation à rejoindre le consortium du projet {facts.ProposalAcronym}",
                    $"Invitation to join the consortium of the project {facts.ProposalAcronym}"),
                T($"{invitation.InvitedByEmail}, pour {facts.LeadOrganisationName}, chef de file du projet {facts.ProposalAcronym} « {facts.ProposalTitle} » "
                    + $"(dossier {facts.ProposalReference}), vous invite à y associer votre organisation{named} "
                    + "en tant que partenaire. Une fois votre organisation créée ou rejointe sur le portail, acceptez l'invitation : elle entrera dans le consortium "
                    + "et vous pourrez renseigner son budget.",
                    $"{invitation.InvitedByEmail}, for {facts.LeadOrganisationName}, lead partner of the project {facts.ProposalAcronym} “{facts.ProposalTitle}” "
                    + $"(proposal {facts.ProposalReference}), invites you to bring your organisation{named} into it "
                    + "as a partner. Once you have created or joined your organisation on the portal, accept the invitation: your organisation will enter the consortium "
                    + "and you will be able to fill in its budget."));
        var until = T($"Cette invitation est valable jusqu'au {format.DateTimeWithWeekday(invitation.ExpiresAt)} (heure de Paris). "
                + "Si vous ne l'attendiez pas, ignorez ce message : rien ne se fera sans votre accord.",
            $"This invitation is valid until {format.DateTimeWithWeekday(invitation.ExpiresAt)} (Paris time). "
                + "If you were not expecting it, ignore this message: nothing will happen without your consent.");
        var steps = T($"Pour répondre, connectez-vous avec l'adresse {invitation.Email} : {answer}\n"
                + $"Vous n'avez pas encore de compte ? Créez-le avec cette adresse : {register}",
            $"To answer, sign in with the address {invitation.Email}: {answer}\n"
                + $"No account yet? Create it with this address: {register}");
        var greeting = NotificationEmail.GreetingIn(language);
        var footer = NotificationEmail.FooterIn(language);
        var text = $"{greeting}\n\n{offer}\n\n{steps}\n\n{until}\n\n-- \n{footer}\n";
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(greeting)}</p><p>{Encode(offer)}</p>"
            + $"<p><a href=\"{Encode(answer)}\">{Encode(T("Voir l'invitation et y répondre", "See the invitation and answer it"))}</a></p>"
            + $"<p>{Encode(T("Vous n'avez pas encore de compte ?", "No account yet?"))} <a href=\"{Encode(register)}\">"
            + $"{Encode(T($"Créez-le avec l'adresse {invitation.Email}", $"Create it with the address {invitation.Email}"))}</a>.</p>"
            + $"<p>{Encode(until)}</p>"
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(footer)}</p></body></html>";
        return new EmailMessage(invitation.Email, subject, text, html, language);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
