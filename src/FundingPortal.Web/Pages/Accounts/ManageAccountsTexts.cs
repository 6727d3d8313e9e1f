using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The manager's page that appoints experts and funder officers (<c>/gestion/comptes</c>).</summary>
public sealed class ManageAccountsTexts : TextSet
{
    public ManageAccountsTexts()
        : base("ManageAccounts")
    {
        Add("Title", "Experts et financeurs", "Experts and funders");
        Add("Lead", "Chaque personne crée d'abord son compte (page « Créer un compte ») ; vous lui donnez ensuite son rôle ici.",
            "Each person first creates an account (the “Create an account” page); you then give them their role here.");
        Add("AppointExpert", "Nommer un expert", "Appoint an expert");
        Add("AccountEmail", "Adresse e-mail du compte", "The account's e-mail address");
        Add("DisplayName", "Nom affiché", "Displayed name");
        Add("DisplayNameHint", "Publié dans la liste des experts de l'appel, par exemple « Dr Anne Kerouac ».",
            "Published in the call's list of experts, for example “Dr Anne Kerouac”.");
        Add("Expertise", "Domaines d'expertise", "Fields of expertise");
        Add("ExpertiseHint", "Mots-clés séparés par des virgules : ils servent à l'affectation automatique.",
            "Keywords separated by commas: automatic assignment uses them.");
        Add("CallsReviewed", "Appels évalués", "Calls reviewed");
        Add("AppointExpertButton", "Nommer l'expert", "Appoint the expert");
        Add("AppointOfficer", "Désigner un chargé de financement", "Appoint a funding officer");
        Add("Funder", "Financeur représenté", "Funder represented");
        Add("Appoint", "Désigner", "Appoint");
        AddSame("Experts", "Experts");
        Add("NoExpert", "Aucun expert pour le moment.", "No expert yet.");
        AddSame("ExpertCountOne", "{0} expert");
        AddSame("ExpertCountMany", "{0} experts");
        AddSame("Expert", "Expert");
        AddSame("ExpertiseColumn", "Expertise");
        Add("Calls", "Appels", "Calls");
        Add("Conflicts", "Conflits déclarés", "Declared conflicts");
        Add("NoAccount", "Aucun compte n'utilise cette adresse : la personne doit d'abord créer son compte.",
            "No account uses this address: the person must first create an account.");
        Add("ChooseFunder", "Choisissez un financeur.", "Choose a funder.");
        Add("ExpertAppointed", "{0} est expert ; il retrouvera ses dossiers dans « Mes évaluations ».",
            "{0} is now an expert and will find the dossiers in “My reviews”.");
        Add("Accounts", "Comptes inscrits", "Registered accounts");
        Add("AccountsLead", "Retrouvez un compte par son adresse pour vérifier ses rôles avant de le nommer.",
            "Find an account by its address to check its roles before appointing it.");
        Add("SearchAccounts", "Rechercher (adresse e-mail)", "Search (e-mail address)");
        Add("AccountsCaption", "Comptes et rôles", "Accounts and roles");
        Add("Address", "Adresse e-mail", "E-mail address");
        Add("Roles", "Rôles", "Roles");
        Add("NoRole", "Aucun rôle", "No role");
        Add("RoleApplicant", "Porteur de projet", "Applicant");
        AddSame("RoleExpert", "Expert");
        Add("RoleClusterManager", "Gestionnaire du pôle", "Cluster manager");
        Add("RoleFunderOfficer", "Chargé de financement", "Funding officer");
        Add("RoleCommitteeMember", "Membre du comité", "Committee member");
        Add("OfficerAppointed", "{0} représente désormais {1}.", "{0} now represents {1}.");
    }
}
