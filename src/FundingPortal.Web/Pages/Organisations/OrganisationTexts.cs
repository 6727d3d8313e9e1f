using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Organisations;

/// <summary>The organisation page (<c>/organisation</c>): members, invitations, requests to join; or creating or joining one.</summary>
public sealed class OrganisationTexts : TextSet
{
    public OrganisationTexts()
        : base("Organisation")
    {
        Add("CreateOrJoin", "Créer ou rejoindre votre organisation", "Create or join your organisation");
        Add("Mine", "Mon organisation", "My organisation");
        AddSame("Siren", "SIREN");
        Add("Category", "Catégorie", "Category");
        Add("Region", "Région du site de R&D", "Region of the R&D site");
        Add("ParentSiren", "SIREN du groupe", "Group's SIREN");
        Add("OpenCalls", "Voir les appels à projets ouverts", "See the open calls for projects");
        Add("JoinRequestsOne", "Une demande d'adhésion à examiner", "One request to join to examine");
        Add("JoinRequestsMany", "{0} demandes d'adhésion à examiner", "{0} requests to join to examine");
        Add("AcceptOnlyKnown", "Acceptez seulement les personnes que vous reconnaissez : elles pourront préparer et déposer les dossiers de l'organisation.",
            "Accept only people you recognise: they will be able to prepare and submit the organisation's proposals.");
        Add("RequestedOn", "Demande du {0}", "Request of {0}");
        Add("EmailNotConfirmed", " — adresse e-mail non confirmée", " — e-mail address not confirmed");
        Add("Quoted", "« {0} »", "“{0}”");
        Add("Accept", "Accepter", "Accept");
        Add("AcceptLabel", "Accepter la demande de {0}", "Accept the request of {0}");
        Add("Reject", "Refuser", "Refuse");
        Add("RejectLabel", "Refuser la demande de {0}", "Refuse the request of {0}");
        Add("InviteColleague", "Inviter un collègue", "Invite a colleague");
        Add("InviteWhy", "Votre collègue reçoit une invitation par e-mail, valable 14 jours. Il ne rejoint l'organisation que s'il l'accepte ; s'il n'a pas encore de compte, le lien l'invite à en créer un avec cette adresse.",
            "Your colleague receives an invitation by e-mail, valid for 14 days, and joins the organisation only by accepting it; without an account yet, the link offers to create one with this address.");
        Add("ColleagueEmail", "Adresse e-mail du collègue", "Colleague's e-mail address");
        Add("SendInvitation", "Envoyer l'invitation", "Send the invitation");
        Add("PendingInvitations", "Invitations en attente de réponse", "Invitations awaiting an answer");
        Add("PendingOne", "Une invitation envoyée, pas encore acceptée", "One invitation sent, not yet accepted");
        Add("PendingMany", "{0} invitations envoyées, pas encore acceptées", "{0} invitations sent, not yet accepted");
        Add("Address", "Adresse", "Address");
        Add("InvitedBy", "Invitée par", "Invited by");
        Add("ValidUntil", "Valable jusqu'au", "Valid until");
        AddSame("Action", "Action");
        Add("RevokeConfirm", "Retirer l'invitation envoyée à {0} ?", "Withdraw the invitation sent to {0}?");
        Add("RevokeLabel", "Retirer l'invitation de {0}", "Withdraw the invitation of {0}");
        Add("Revoke", "Retirer", "Withdraw");
        Add("Members", "Membres", "Members");
        Add("You", " (vous)", " (you)");
        Add("CreateLead", "Pour déposer un dossier, votre compte doit être rattaché à votre entreprise ou à votre laboratoire.",
            "To submit a proposal, your account must belong to your company or your laboratory.");
        Add("InvitationsWaitingOne", "Une invitation vous attend :", "An invitation is waiting for you:");
        Add("InvitationsWaitingMany", "{0} invitations vous attendent :", "{0} invitations are waiting for you:");
        Add("SeeMyInvitations", "voir mes invitations", "see my invitations");
        Add("MyJoinRequest", "Votre demande pour rejoindre {0}, envoyée le {1}, attend la réponse de ses membres.",
            "Your request to join {0}, sent on {1}, is waiting for its members' answer.");
        Add("CreateMine", "Créer mon organisation", "Create my organisation");
        Add("Name", "Raison sociale", "Company name");
        Add("SirenHint", "9 chiffres, par exemple 732 829 320.", "9 digits, for example 732 829 320.");
        Add("Choose", "Choisissez…", "Choose…");
        Add("ParentSirenOptional", "SIREN du groupe (facultatif)", "Group's SIREN (optional)");
        Add("ParentSirenHint", "Si votre organisation appartient à un groupe : sert à détecter les conflits d'intérêts.",
            "If your organisation belongs to a group: used to detect conflicts of interest.");
        Add("JoinExisting", "Rejoindre une organisation existante", "Join an existing organisation");
        Add("JoinWhy", "Si votre organisation a déjà un compte, demandez à ses membres de vous y accueillir, ou demandez-leur une invitation à votre adresse {0}.",
            "If your organisation already has an account, ask its members to let you in, or ask them for an invitation to your address {0}.");
        Add("SearchBySiren", "Rechercher par SIREN", "Search by SIREN");
        Add("Search", "Rechercher", "Search");
        Add("NotFound", "Aucune organisation enregistrée avec ce SIREN : créez-la avec le formulaire ci-contre.",
            "No organisation is registered with this SIREN: create it with the form opposite.");
        Add("AlreadyRegistered", "Cette organisation a déjà un compte : demandez à la rejoindre, l'un de ses membres vous répondra.",
            "This organisation already has an account: ask to join it, one of its members will answer you.");
        Add("JoinMessage", "Message aux membres (facultatif)", "Message to the members (optional)");
        Add("JoinMessageHint", "Par exemple votre service et votre fonction, pour qu'ils vous reconnaissent.",
            "For example your department and your position, so that they recognise you.");
        Add("AskToJoin", "Demander à rejoindre {0}", "Ask to join {0}");
        Add("FixFields", "Certains champs sont à corriger : voyez les messages sous les champs concernés.",
            "Some fields need correcting: see the messages under those fields.");
        Add("ChooseCategory", "Choisissez la catégorie de votre organisation.", "Choose your organisation's category.");
        Add("Created", "L'organisation {0} est créée et votre compte y est rattaché.", "The organisation {0} is created and your account belongs to it.");
        Add("JoinSent", "Votre demande a été envoyée aux membres de l'organisation {0}. Vous serez prévenu par e-mail de leur réponse.",
            "Your request was sent to the members of {0}. You will be told their answer by e-mail.");
        Add("Invited", "Une invitation a été envoyée à {0}. Elle est valable jusqu'au {1}.", "An invitation was sent to {0}. It is valid until {1}.");
        Add("Revoked", "L'invitation est retirée : la personne ne peut plus l'accepter.", "The invitation is withdrawn: the person can no longer accept it.");
        Add("Approved", "{0} fait maintenant partie de votre organisation.", "{0} is now a member of your organisation.");
        Add("Rejected", "La demande est refusée ; son auteur en est prévenu.", "The request is refused; the person who sent it is told.");
    }
}
