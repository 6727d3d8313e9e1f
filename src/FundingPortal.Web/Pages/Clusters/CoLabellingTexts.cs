using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Clusters;

/// <summary>Co-labelling by partner clusters: the dossier's step, the partner managers' list of requests and their decision.</summary>
public sealed class CoLabellingTexts : TextSet
{
    public CoLabellingTexts()
        : base("CoLabelling")
    {
        Add("Step", "Co-labellisation", "Co-labelling");
        Add("Title", "{0} — co-labellisation", "{0} — co-labelling");
        Add("StepTitle", "co-labellisation", "co-labelling");
        Add("Lead", "Le pôle de l'appel labellise le projet ; le consortium peut aussi demander à des pôles partenaires de l'alliance de le co-labelliser. Chaque pôle sollicité lit le dossier déposé et son évaluation, puis rend sa propre décision motivée.",
            "The call's cluster labels the project; the consortium may also ask partner clusters of the alliance to co-label it. Each cluster asked reads the submitted proposal and its evaluation, then gives its own reasoned decision.");
        Add("ChooseLegend", "Pôles partenaires sollicités", "Partner clusters asked");
        Add("ChooseHint", "Cochez les pôles à solliciter. Vous pouvez changer ce choix jusqu'au dépôt du dossier.",
            "Tick the clusters to ask. You may change this choice until the proposal is submitted.");
        Add("Save", "Enregistrer les pôles sollicités", "Save the clusters asked");
        Add("Saved", "Les pôles sollicités sont enregistrés.", "The clusters asked are saved.");
        Add("NoOtherCluster", "Aucun autre pôle de l'alliance ne peut être sollicité.", "No other cluster of the alliance can be asked.");
        Add("LeadOnly", "Seul le chef de file choisit les pôles sollicités, avant le dépôt.", "Only the lead partner chooses the clusters asked, before submission.");
        Add("NoneAsked", "Aucun pôle partenaire n'a été sollicité.", "No partner cluster was asked.");
        Add("AskedCaption", "Pôles sollicités et leurs décisions", "Clusters asked and their decisions");
        Add("Cluster", "Pôle", "Cluster");
        Add("Decision", "Décision", "Decision");
        Add("Motivation", "Motivation", "Reasoning");
        Add("ToDecide", "À décider", "To decide");
        Add("Labelled", "Labellisé", "Labelled");
        Add("NotLabelled", "Non labellisé", "Not labelled");
        Add("DecidedOn", "{0}, le {1}", "{0}, on {1}");
        Add("AskedOn", "sollicité le {0}", "asked on {0}");
        Add("DecisionTitle", "Décision de votre pôle", "Your cluster's decision");
        Add("DecisionHint", "La décision est définitive et le consortium en est informé, avec la motivation.",
            "The decision is final and the consortium is told, with the reasoning.");
        Add("Outcome", "Décision", "Decision");
        Add("OutcomeRequired", "Décision : choisissez « Labellisé » ou « Non labellisé ».", "Decision: choose “Labelled” or “Not labelled”.");
        Add("MotivationRequired", "Motivation : écrivez la motivation de la décision.", "Reasoning: write the reasoning for the decision.");
        Add("Record", "Enregistrer la décision", "Record the decision");
        Add("ReadEvaluation", "Lire l'évaluation du dossier", "Read the proposal's evaluation");
        Add("Confirm.Heading", "Enregistrer « {0} » pour {1} au nom du pôle {2} ?", "Record “{0}” for {1} on behalf of the {2} cluster?");
        Add("Confirm.Final", "La décision du pôle {0} est définitive : elle ne pourra plus être modifiée.", "The {0} cluster's decision is final: it cannot be changed afterwards.");
        Add("Confirm.Told", "Le consortium est informé de la décision et de sa motivation : « {0} »", "The consortium is told the decision and its reasoning: “{0}”");
        Add("Confirm.Certificate", "Le pôle {0} figurera parmi les pôles labellisateurs sur l'attestation de labellisation.", "The {0} cluster will be named among the labelling clusters on the label certificate.");
        Add("Confirm.Button", "Enregistrer « {0} »", "Record “{0}”");
        Add("Decided", "La décision de votre pôle est enregistrée ; le consortium en est informé.", "Your cluster's decision is recorded; the consortium is told.");
        Add("Requests", "Demandes de co-labellisation", "Co-labelling requests");
        Add("RequestsLead", "Les dossiers déposés qui ont demandé à votre pôle, {0}, de co-labelliser leur projet. Vous lisez le dossier et son évaluation, puis rendez la décision de votre pôle.",
            "The submitted proposals that asked your cluster, {0}, to co-label their project. You read the proposal and its evaluation, then give your cluster's decision.");
        Add("NoRequests", "Aucun dossier déposé n'a demandé à votre pôle de le co-labelliser.", "No submitted proposal has asked your cluster to co-label it.");
        Add("RequestsOne", "{0} demande", "{0} request");
        Add("RequestsMany", "{0} demandes", "{0} requests");
        Add("Reference", "Référence", "Reference");
        Add("Project", "Projet", "Project");
        Add("Call", "Appel (pôle)", "Call (cluster)");
        Add("SubmittedAt", "Déposé le", "Submitted on");
        Add("State", "État", "State");
    }
}
