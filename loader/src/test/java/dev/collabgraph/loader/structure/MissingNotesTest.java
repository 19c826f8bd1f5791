package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissingNotesTest {
    @Test
    void warnsAboutANoteOfOrgansThatBelongsToNoTask() {
        DocumentStructure structure = Docs.parse("""
                某某市人民政府
                关于印发某某市科技创新行动方案的通知
                一、总体要求
                坚持创新驱动，加快建设创新型城市。（各区、各有关部门）
                二、重点任务
                （一）培育创新企业。支持企业发展。（市科技局牵头，市财政局配合）
                （二）建设创新平台。支持平台建设。（市发改委牵头，市科技局配合）
                """);
        assertThat(structure.warnings()).anyMatch(w -> w.contains("belongs to no task"));
    }

    @Test
    void warnsAboutABracketThatNamesRolesButIsNotReadAsANote() {
        DocumentStructure structure = Docs.parse("""
                某某市人民政府
                关于印发某某市科技创新行动方案的通知
                一、重点任务
                （一）培育创新企业。支持企业发展。（市科技局牵头，市财政局配合）
                （二）建设创新平台。支持平台建设。（请市科技局牵头抓好此项工作）
                """);
        assertThat(structure.warnings()).anyMatch(w -> w.contains("names roles but was not read"));
    }
}
