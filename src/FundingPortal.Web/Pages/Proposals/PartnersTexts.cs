using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's partners step: the consortium, invitations by e-mail, organisations added from the directory.</summary>
public sealed class PartnersTexts : TextSet
{
    public PartnersTexts()
        : base("Partners")
    {
        Add("Title", "{0} — partenaires", "{0} — partners");
        Add("Step", "partenaires", "partners");
        AddSame("Consortium", "Consortium");
        Add("InConsortiumOne", "{0} organisation dans le consortium", "{0} organisation in the consortium");
        Add("InConsortiumMany", "{0} organisations dans le consortium", "{0} organisations in the consortium");
        AddSame("Organisation", "Organisation");
        Add("Role", "Rôle", "Role");
        Add("Category", "Catégorie", "Category");
        Add("Region", "Région", "Region");
        AddSame("Budget", "Budget");
        AddSame("Actions", "Actions");
        AddSame("Action", "Action");
        Add("Lead", "Chef de file", "Lead partner");
        Add("Partner", "Partenaire", "Partner");
        Add("OutsideTerritory", " (hors territoire)", " (outside the territory)");
        Add("BudgetFilled", "renseigné", "filled in");
        Add("BudgetToFill", "à renseigner", "to be filled in");
        Add("RemoveConfirm", "Retirer {0} du consortium ?", "Remove {0} from the consortium?");
        Add("RemoveLabel", "Retirer {0}", "Remove {0}");
        Add("Remove", "Retirer", "Remove");
        Add("Invite", "Inviter un partenaire par e-mail", "Invite a partner by e-mail");
        Add("InviteHint", "Votre contact chez le partenaire reçoit une invitation valable 14 jours. Après avoir créé son compte et son organisation (ou rejoint celle-ci), votre contact l'accepte : son organisation entre alors dans le consortium et votre contact renseigne son budget.",
            "Your contact at the partner receives an invitation valid for 14 days. Once they have created their account and organisation (or joined it), they accept it: their organisation then joins the consortium and they fill in its budget.");
        Add("InviteEmail", "Adresse e-mail de votre contact", "Your contact's e-mail address");
        Add("InviteOrganisation", "Nom de son organisation (facultatif)", "Their organisation's name (optional)");
        Add("InviteOrganisationHint", "Rappelé dans l'invitation, pour que votre contact sache à quel titre l'invitation lui parvient.",
            "Repeated in the invitation, so that your contact knows on whose behalf they are invited.");
        Add("SendInvitation", "Envoyer l'invitation", "Send the invitation");
        Add("Pending", "Invitations en attente de réponse", "Invitations awaiting an answer");
        Add("PendingOne", "{0} invitation envoyée, pas encore acceptée", "{0} invitation sent, not accepted yet");
        Add("PendingMany", "{0} invitations envoyées, pas encore acceptées", "{0} invitations sent, not accepted yet");
        Add("Address", "Adresse", "Address");
        Add("ValidUntil", "Valable jusqu'au", "Valid until");
        Add("RevokeConfirm", "Retirer l'invitation envoyée à {0} ?", "Withdraw the invitation sent to {0}?");
        Add("RevokeLabel", "Retirer l'invitation de {0}", "Remove the invitation to {0}");
        Add("AddExisting", "Ajouter une organisation déjà inscrite", "Add an organisation already registered");
        Add("AddExistingHint", "Recherchez l'organisation par son SIREN ou par son nom. Si elle n'a pas encore de compte sur le portail, invitez votre contact par e-mail ci-dessus.",
            "Search for the organisation by its SIREN or its name. If it has no account on the portal yet, invite your contact by e-mail above.");
        Add("SearchLabel", "SIREN ou nom de l'organisation (2 caractères au moins)", "SIREN or organisation name (2 characters at least)");
        Add("NotFound", "Vérifiez le SIREN, ou invitez votre contact chez ce partenaire par e-mail.",
            "Check the SIREN, or invite your contact at this partner by e-mail.");
        Add("Results", "Organisations trouvées", "Organisations found");
        Add("AlreadyIn", "déjà dans le consortium", "already in the consortium");
        Add("AddLabel", "Ajouter {0} au consortium", "Add {0} to the consortium");
        Add("Add", "Ajouter", "Add");
        Add("LeadOnly", "Seul le chef de file modifie la liste des partenaires.", "Only the lead partner edits the list of partners.");
        Add("Next", "Étape suivante : budgets", "Next step: budgets");
        Add("Added", "Ajout au consortium : {0}.", "Added to the consortium: {0}.");
        Add("TheOrganisation", "l'organisation", "the organisation");
        Add("Removed", "Le partenaire est retiré du consortium.", "The partner is removed from the consortium.");
        Add("Invited", "Une invitation a été envoyée à {0}. Son organisation rejoindra le consortium à l'acceptation de l'invitation (avant le {1}).",
            "An invitation was sent to {0}. Their organisation will join the consortium when they accept it (before {1}).");
        Add("Revoked", "L'invitation est retirée : la personne ne peut plus l'accepter.", "The invitation is withdrawn: the person can no longer accept it.");
    }
}
